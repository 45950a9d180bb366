using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>Strips the bot's mention from Teams messages before the dialogs read the text.</summary>
internal sealed class TeamsMentionMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (TeamsActivity.IsTeams(activity) && activity.IsType(ActivityTypes.Message))
            activity.Text = MentionText.StripBotMention(activity);
        return next(cancellationToken);
    }
}
