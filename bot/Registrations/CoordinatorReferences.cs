using System.Text.Json;
using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Flows.Roles;
using IntegrationBot.Host.Teams;

namespace IntegrationBot.Host.Registrations;

/// <summary>
/// Which Teams personal chat reaches a coordinator: <c>coordinator-reference/{aadObjectId}</c> → the key of the
/// conversation reference Teams keeps (<see cref="ConversationReferenceStore"/>). Written when a coordinator writes
/// to the bot in a personal chat; a coordinator who never did gets capacity alerts only in the log and the API.
/// </summary>
public sealed class CoordinatorReferences(IStateStore store)
{
    public const string KeyPrefix = "coordinator-reference/";

    public async Task<string?> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var document = await store.ReadAsync(Key(aadObjectId), cancellationToken).ConfigureAwait(false);
        return document is null ? null : JsonSerializer.Deserialize<string>(document.Json.Span);
    }

    public async Task RememberAsync(string aadObjectId, string referenceKey, CancellationToken cancellationToken)
    {
        var key = Key(aadObjectId);
        var document = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (document is not null && JsonSerializer.Deserialize<string>(document.Json.Span) == referenceKey)
            return;
        // A lost race means another turn of the same coordinator wrote the same chat: nothing to retry.
        await store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(referenceKey), document?.ETag, cancellationToken).ConfigureAwait(false);
    }

    private static string Key(string aadObjectId) => KeyPrefix + aadObjectId.Trim().ToLowerInvariant();
}

/// <summary>Remembers the personal chat of a coordinator (by the validated Teams identity) for proactive capacity alerts.</summary>
internal sealed class CoordinatorReferenceMiddleware(IUserRoles roles, CoordinatorReferences coordinators) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (TeamsActivity.IsTeams(activity) && TeamsActivity.IsPersonal(activity)
            && activity.From?.AadObjectId is { Length: > 0 } objectId && roles.RoleOf(activity) == UserRole.Coordinator)
            await coordinators.RememberAsync(objectId, ConversationReferenceStore.KeyFor(activity.ChannelId, activity.Conversation?.Id), cancellationToken).ConfigureAwait(false);
        await next(cancellationToken).ConfigureAwait(false);
    }
}
