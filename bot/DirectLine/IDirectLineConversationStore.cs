using IntegrationBot.Schema;

namespace IntegrationBot.Host.DirectLine;

/// <summary>A started Direct Line conversation.</summary>
public sealed record DirectLineConversation(string Id, ChannelAccount User, string? Locale, DateTimeOffset StartedAt);

/// <summary>An activity as delivered to clients: already stamped and serialized once, so every reader shares the bytes.</summary>
public sealed record StoredActivity(long Sequence, string Id, string? Type, ReadOnlyMemory<byte> Json);

/// <summary>The activities after a watermark, and the watermark to ask with next.</summary>
public sealed record ActivityPage(IReadOnlyList<StoredActivity> Activities, long Watermark);

/// <summary>Outcome of a start: the conversation, and whether this call created it (201) or found it (200).</summary>
public sealed record ConversationStart(DirectLineConversation Conversation, bool Created);

/// <summary>
/// Where Direct Line conversations and their transcripts live. The in-memory store serves one instance; a scale-out
/// replaces it (e.g. a database plus a pub/sub channel for <see cref="WaitForActivityAsync"/>) without touching the
/// endpoints. Every call that names a conversation counts as use and keeps it from expiring.
/// </summary>
public interface IDirectLineConversationStore
{
    /// <summary>Creates the conversation, or returns the existing one with <see cref="ConversationStart.Created"/> false.</summary>
    ValueTask<ConversationStart> StartAsync(string conversationId, ChannelAccount user, string? locale, CancellationToken cancellationToken);

    ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an activity: stamps its <c>id</c> (<c>{conversationId}|0000001</c>) and a UTC <c>timestamp</c> later than
    /// every earlier one in the conversation, stores it serialized, and wakes waiting streams. Null if the
    /// conversation does not exist.
    /// </summary>
    ValueTask<StoredActivity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>The retained activities after <paramref name="watermark"/> (0: from the start); null for an unknown conversation.</summary>
    ValueTask<ActivityPage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>Completes with true once an activity after <paramref name="watermark"/> exists, or false after <paramref name="timeout"/>.</summary>
    Task<bool> WaitForActivityAsync(string conversationId, long watermark, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Removes conversations unused since <paramref name="idleSince"/>; returns their ids.</summary>
    ValueTask<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken);
}
