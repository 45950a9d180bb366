using System.Text.Json;
using IntegrationBot.Engine.State;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>
/// Conversation references for proactive messages, one per channel conversation, in the engine's state store under
/// <c>reference/{channelId}/{conversationId}</c> (outside the prefixes the state cleanup expires). A channel thread
/// (<c>…;messageid=…</c>) is stored as its channel, so a proactive message starts a new thread there.
/// </summary>
public sealed class ConversationReferenceStore(IStateStore store, TimeProvider time)
{
    public const string KeyPrefix = "reference/";
    private const int Attempts = 5;
    private readonly ReferenceUserIndex _users = new(store);

    public static string KeyFor(string? channelId, string? conversationId) =>
        $"{KeyPrefix}{channelId}/{ChannelOf(conversationId)}";

    public static string KeyFor(ConversationReference reference) => KeyFor(reference.ChannelId, reference.Conversation?.Id);

    public async Task<StoredReference?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var document = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        return document is null ? null : JsonSerializer.Deserialize(document.Json.Span, TeamsJson.Default.StoredReference);
    }

    /// <summary>Stores or refreshes <paramref name="reference"/> and enables it again if it was disabled.</summary>
    public async Task<ReferenceSave> SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var normalized = Normalize(reference);
        var key = KeyFor(normalized);
        var outcome = await UpdateAsync(key, existing =>
            existing is null ? (new StoredReference(normalized, time.GetUtcNow()), ReferenceSave.Created)
            : existing.IsDisabled ? (new StoredReference(normalized, time.GetUtcNow()), ReferenceSave.Reenabled)
            : SameAddress(existing.Reference, normalized) ? (null, ReferenceSave.Unchanged)
            : (new StoredReference(normalized, time.GetUtcNow()), ReferenceSave.Updated), cancellationToken).ConfigureAwait(false);
        if (outcome != ReferenceSave.Unchanged && normalized is { ChannelId: { } channel, User.Id: { Length: > 0 } user })
            await _users.AddAsync(channel, user, key, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>The stored references that name the user (as the person of a personal chat, or as who last wrote in a shared one).</summary>
    public async Task<IReadOnlyList<StoredReference>> ListForUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var found = new List<StoredReference>();
        foreach (var key in await _users.ReadAsync(channelId, userId, cancellationToken).ConfigureAwait(false))
        {
            if (await GetAsync(key, cancellationToken).ConfigureAwait(false) is { } stored && Names(stored, userId))
                found.Add(stored);
        }
        return found;
    }

    /// <summary>
    /// "Delete my data": a personal chat's reference identifies the user and is deleted; a group chat or channel keeps
    /// its reference (it belongs to everybody there) without the user's id and name.
    /// </summary>
    public async Task ForgetUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        foreach (var key in await _users.ReadAsync(channelId, userId, cancellationToken).ConfigureAwait(false))
        {
            if (await GetAsync(key, cancellationToken).ConfigureAwait(false) is not { } stored || !Names(stored, userId))
                continue;
            if (IsPersonal(stored.Reference))
            {
                await store.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
                continue;
            }
            await UpdateAsync(key, existing => existing is not null && Names(existing, userId)
                ? (existing with { Reference = WithoutUser(existing.Reference) }, ReferenceSave.Updated)
                : (null, ReferenceSave.Unchanged), cancellationToken).ConfigureAwait(false);
        }
        await _users.DeleteAsync(channelId, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>personal, else groupChat/channel; older references lack the type, and a channel id (<c>19:…</c>) then says shared.</summary>
    public static bool IsPersonal(ConversationReference reference) =>
        reference.Conversation?.ConversationType is { Length: > 0 } type
            ? string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase)
            : reference.Conversation?.IsGroup != true && reference.Conversation?.Id?.StartsWith("19:", StringComparison.Ordinal) != true;

    private static bool Names(StoredReference stored, string userId) =>
        string.Equals(stored.Reference.User?.Id, userId, StringComparison.Ordinal);

    private static ConversationReference WithoutUser(ConversationReference reference) => new()
    {
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Locale = reference.Locale,
        Bot = reference.Bot,
        Conversation = reference.Conversation,
    };

    /// <summary>Stops proactive sends to the conversation (uninstalled, bot removed, blocked by the user).</summary>
    public async Task DisableAsync(string key, string reason, CancellationToken cancellationToken) =>
        await UpdateAsync(key, existing =>
            existing is null || existing.DisabledReason == reason
                ? (null, ReferenceSave.Unchanged)
                : (existing with { DisabledReason = reason, UpdatedAt = time.GetUtcNow() }, ReferenceSave.Updated), cancellationToken).ConfigureAwait(false);

    private async Task<ReferenceSave> UpdateAsync(string key, Func<StoredReference?, (StoredReference? Next, ReferenceSave Outcome)> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var document = await store.ReadAsync(key, cancellationToken).ConfigureAwait(false);
            var existing = document is null ? null : JsonSerializer.Deserialize(document.Json.Span, TeamsJson.Default.StoredReference);
            var (next, outcome) = change(existing);
            if (next is null)
                return outcome;
            var json = JsonSerializer.SerializeToUtf8Bytes(next, TeamsJson.Default.StoredReference);
            var written = await store.WriteAsync(key, json, document?.ETag, cancellationToken).ConfigureAwait(false);
            if (written.Written)
                return outcome;
            // Both of Teams' install events can arrive at once; the loser rereads and sees the winner's write.
            if (attempt == Attempts)
                throw new StateConflictException(key);
        }
    }

    private static ConversationReference Normalize(ConversationReference reference)
    {
        var conversation = reference.Conversation;
        return new ConversationReference
        {
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Locale = reference.Locale,
            Bot = reference.Bot is { } bot ? new ChannelAccount(bot.Id!, bot.Name) : null,
            User = reference.User is { } user ? new ChannelAccount(user.Id!, user.Name) { AadObjectId = user.AadObjectId } : null,
            Conversation = conversation is null ? null : new ConversationAccount(ChannelOf(conversation.Id)!)
            {
                ConversationType = conversation.ConversationType,
                IsGroup = conversation.IsGroup,
                TenantId = conversation.TenantId,
            },
        };
    }

    private static string? ChannelOf(string? conversationId)
    {
        var thread = conversationId?.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase) ?? -1;
        return thread > 0 ? conversationId![..thread] : conversationId;
    }

    private static bool SameAddress(ConversationReference a, ConversationReference b) =>
        string.Equals(a.ServiceUrl, b.ServiceUrl, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Bot?.Id, b.Bot?.Id, StringComparison.Ordinal)
        && string.Equals(a.Conversation?.TenantId, b.Conversation?.TenantId, StringComparison.OrdinalIgnoreCase);
}
