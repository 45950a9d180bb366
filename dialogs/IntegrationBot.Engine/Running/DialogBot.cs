using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Interruptions;
using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Engine.Running;

/// <summary>
/// The core loop of a turn: load state, handle an interruption or continue the active dialog (or start the root
/// dialog), save state. Turns of one conversation run one at a time; a save that loses an ETag race to another bot
/// instance reruns the turn on fresh state, and only the replies of the run that was saved are sent.
/// </summary>
public sealed partial class DialogBot(
    IStateStore store,
    DialogServices services,
    InterruptionHandler interruptions,
    ConversationGate gate,
    ILogger<DialogBot> logger) : IBot
{
    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!IsForDialogs(activity))
            return;

        using var entered = await gate.EnterAsync(StateKeys.Dialog(activity), cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var buffered = new BufferingTurn(turn);
            var state = await TurnStateSession.LoadAsync(store, activity, cancellationToken).ConfigureAwait(false);
            ResolveLanguage(buffered, state);
            await RunDialogsAsync(new DialogContext(buffered, state, services), cancellationToken).ConfigureAwait(false);
            if (await state.TrySaveAsync(cancellationToken).ConfigureAwait(false))
            {
                await buffered.FlushAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            LogStateConflict(attempt);
            if (attempt >= services.Options.StateConflictRetries)
                throw new StateConflictException(StateKeys.Dialog(activity));
            await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Another instance is answering the same conversation: wait a random few milliseconds (growing with each attempt)
    /// so the two do not keep colliding in lockstep.
    /// </summary>
    private Task BackOffAsync(int attempt, CancellationToken cancellationToken)
    {
        var ceiling = Math.Min(200, 5 << Math.Min(attempt, 6));
        return Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, ceiling)), services.Time, cancellationToken);
    }

    private async Task RunDialogsAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Turn.Activity.IsType(ActivityTypes.Message))
        {
            if (await interruptions.TryHandleAsync(dc, cancellationToken).ConfigureAwait(false))
                return;
            var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            if (result.Status == DialogTurnStatus.Empty)
                await dc.BeginDialogAsync(services.Options.RootDialogId, RootStart.Message, cancellationToken).ConfigureAwait(false);
            else if (dc.Stack.Count == 0)
                await dc.BeginDialogAsync(services.Options.RootDialogId, RootStart.Menu, cancellationToken).ConfigureAwait(false); // never leave the user without a question
            return;
        }

        // Someone joined (Web Chat start, Teams install, Emulator): greet, or ask the open question again.
        if (dc.Stack.Count == 0)
            await dc.BeginDialogAsync(services.Options.RootDialogId, RootStart.Welcome, cancellationToken).ConfigureAwait(false);
        else
            await dc.RepromptAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The explicit choice wins; otherwise the channel's locale if we ship it; otherwise what we remembered; otherwise German.</summary>
    private static void ResolveLanguage(BufferingTurn turn, TurnStateSession state)
    {
        var user = state.User.Value;
        var fromChannel = Turns.Culture.ToSupported(turn.Activity.Locale);
        var language = user.LanguageChosen && user.Language is not null
            ? user.Language
            : fromChannel ?? user.Language ?? Turns.Culture.Default;
        if (!user.LanguageChosen)
            user.Language = language;
        TurnCulture.Apply(turn, language);
    }

    /// <summary>Messages and "someone joined" events reach the dialogs; other activity types are acknowledged and ignored on purpose.</summary>
    private static bool IsForDialogs(Activity activity) =>
        activity.IsType(ActivityTypes.Message)
        || (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
        || (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true);

    [LoggerMessage(Level = LogLevel.Warning, Message = "State changed concurrently; rerunning the turn (attempt {Attempt})")]
    private partial void LogStateConflict(int attempt);
}
