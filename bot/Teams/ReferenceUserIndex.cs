using System.Text.Json;
using IntegrationBot.Engine.State;

namespace IntegrationBot.Host.Teams;

/// <summary>The reference keys a user appears in, under <c>reference-user/{channelId}/{userId}</c>.</summary>
public sealed record ReferencedConversations(IReadOnlyList<string> Keys);

/// <summary>
/// Which stored conversation references name a user, so "show/delete my data" finds them: references are keyed by
/// conversation, and the store cannot list keys. Entries can outlive a reference or point at one that names somebody
/// else by now; readers check the reference itself.
/// </summary>
internal sealed class ReferenceUserIndex(IStateStore store)
{
    public const string KeyPrefix = "reference-user/";
    private const int Attempts = 5;

    public static string KeyFor(string channelId, string userId) => $"{KeyPrefix}{channelId}/{userId}";

    public async Task<IReadOnlyList<string>> ReadAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var document = await store.ReadAsync(KeyFor(channelId, userId), cancellationToken).ConfigureAwait(false);
        return document is null ? [] : JsonSerializer.Deserialize(document.Json.Span, TeamsJson.Default.ReferencedConversations)?.Keys ?? [];
    }

    public async Task AddAsync(string channelId, string userId, string referenceKey, CancellationToken cancellationToken)
    {
        var key = KeyFor(channelId, userId);
        for (var attempt = 1; ; attempt++)
        {
            var document = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
            var keys = document is null ? [] : JsonSerializer.Deserialize(document.Json.Span, TeamsJson.Default.ReferencedConversations)?.Keys ?? [];
            if (keys.Contains(referenceKey, StringComparer.Ordinal))
                return;
            var json = JsonSerializer.SerializeToUtf8Bytes(new ReferencedConversations([.. keys, referenceKey]), TeamsJson.Default.ReferencedConversations);
            if ((await store.WriteAsync(key, json, document?.ETag, cancellationToken).ConfigureAwait(false)).Written)
                return;
            if (attempt == Attempts)
                throw new StateConflictException(key);
        }
    }

    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        store.DeleteAsync(KeyFor(channelId, userId), cancellationToken);
}
