using IntegrationBot.Schema;

namespace IntegrationBot.Engine.State;

/// <summary>
/// The state of one turn: loaded once at the start, saved once at the end, each document only if it changed.
/// The dialog document is written first and decides the turn: if it lost a race, nothing of the turn was saved and
/// the caller reruns the turn on fresh state. User and shared conversation documents are then merged, not overwritten.
/// </summary>
public sealed class TurnStateSession
{
    private const int MergeAttempts = 5;
    private readonly IStateStore _store;

    private TurnStateSession(IStateStore store, Activity activity)
    {
        _store = store;
        Dialog = new(StateKeys.Dialog(activity), StateJsonContext.Default.ConversationData);
        Conversation = new(StateKeys.Conversation(activity), StateJsonContext.Default.ConversationData);
        User = new(StateKeys.User(activity), StateJsonContext.Default.UserData);
    }

    /// <summary>This user's dialog stack in this conversation (private conversation state).</summary>
    public TrackedDocument<ConversationData> Dialog { get; }

    /// <summary>Data shared by everyone in the conversation.</summary>
    public TrackedDocument<ConversationData> Conversation { get; }

    public TrackedDocument<UserData> User { get; }

    public static async Task<TurnStateSession> LoadAsync(IStateStore store, Activity activity, CancellationToken cancellationToken)
    {
        var session = new TurnStateSession(store, activity);
        await session.Dialog.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        await session.Conversation.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        await session.User.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        return session;
    }

    /// <summary>False when the dialog document changed under this turn: rerun the turn.</summary>
    public async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        if (!await Dialog.TrySaveAsync(_store, cancellationToken).ConfigureAwait(false))
            return false;
        await User.SaveMergingAsync(_store, MergeAttempts, cancellationToken).ConfigureAwait(false);
        await Conversation.SaveMergingAsync(_store, MergeAttempts, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>"Delete my data": removes the user's documents in this conversation and across conversations.</summary>
    public async Task DeleteUserDataAsync(CancellationToken cancellationToken)
    {
        await _store.DeleteAsync(Dialog.Key, cancellationToken).ConfigureAwait(false);
        await _store.DeleteAsync(User.Key, cancellationToken).ConfigureAwait(false);
        await Dialog.LoadAsync(_store, cancellationToken).ConfigureAwait(false);
        await User.LoadAsync(_store, cancellationToken).ConfigureAwait(false);
    }
}
