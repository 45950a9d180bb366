using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>
/// Keeps a conversation reference for every Teams conversation and greets once per install. Teams announces an install
/// twice (<c>conversationUpdate</c> with the bot in <c>membersAdded</c> and <c>installationUpdate</c> add); the first event
/// creates the reference and greets, the echo finds it and is acknowledged silently. In a personal chat the engine greets
/// (its welcome is the main menu); a team or group chat gets a short hello that tells people to mention the bot.
/// </summary>
internal sealed class TeamsInstallMiddleware(ConversationReferenceStore references, IBotTexts texts) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!TeamsActivity.IsTeams(activity))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        UseClientLocale(turn);
        if (TeamsActivity.IsUninstall(activity))
        {
            await references.DisableAsync(ConversationReferenceStore.KeyFor(activity.ChannelId, activity.Conversation?.Id), "uninstalled", cancellationToken).ConfigureAwait(false);
            return;
        }

        var saved = await references.SaveAsync(ReferenceOf(activity), cancellationToken).ConfigureAwait(false);
        if (!TeamsActivity.IsInstall(activity))
        {
            // New team members are not greeted one by one in the channel; they meet the bot when they mention it.
            if (!activity.IsType(ActivityTypes.ConversationUpdate) || TeamsActivity.IsPersonal(activity))
                await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        if (saved is not (ReferenceSave.Created or ReferenceSave.Reenabled))
            return; // the second event of the same install: greeted already
        if (TeamsActivity.IsPersonal(activity))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = texts["Teams_WelcomeTeam"] }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Install events often carry the language only in the <c>clientInfo</c> entity; the engine reads <c>locale</c>.</summary>
    private static void UseClientLocale(ITurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.Locale is null && TeamsActivity.ClientLocale(activity) is { } locale)
        {
            activity.Locale = locale;
            if (Engine.Turns.Culture.ToSupported(locale) is { } language)
                TurnCulture.Apply(turn, language);
        }
    }

    private static ConversationReference ReferenceOf(Activity activity)
    {
        var reference = ActivityAddressing.GetConversationReference(activity);
        if (reference.Conversation is { TenantId: null } conversation)
            conversation.TenantId = TeamsActivity.TenantId(activity);
        return reference;
    }
}
