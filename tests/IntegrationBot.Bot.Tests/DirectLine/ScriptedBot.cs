using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.DirectLine;

/// <summary>A stand-in bot whose turn is a delegate, for failures, ordering and reply shapes.</summary>
public sealed class ScriptedBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => onTurn(turn, cancellationToken);

    /// <summary>Answers every message with "echo: {text}" and ignores everything else.</summary>
    public static ScriptedBot Echo() => new(async (turn, ct) =>
    {
        if (turn.Activity.IsType(ActivityTypes.Message))
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "echo: " + turn.Activity.Text }, ct);
    });
}
