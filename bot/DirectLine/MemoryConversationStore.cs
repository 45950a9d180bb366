using System.Collections.Concurrent;
using System.Globalization;
using IntegrationBot.Schema;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.DirectLine;

/// <summary>
/// Conversations in this process's memory: at most <see cref="DirectLineOptions.MaxConversations"/> (starting one more
/// evicts the longest idle), each keeping its last <see cref="DirectLineOptions.MaxActivitiesPerConversation"/>
/// activities, removed after <see cref="DirectLineOptions.ConversationIdleTimeout"/> without use. A restart ends all
/// conversations (clients see 404 and Web Chat shows the conversation as ended).
/// </summary>
public sealed class MemoryConversationStore(TimeProvider time, IOptions<DirectLineOptions> options) : IDirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, MemoryConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _startGate = new();

    public ValueTask<ConversationStart> StartAsync(string conversationId, ChannelAccount user, string? locale, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_startGate)
        {
            if (_conversations.TryGetValue(conversationId, out var existing))
            {
                existing.Touch(now);
                return ValueTask.FromResult(new ConversationStart(existing.Conversation, Created: false));
            }
            if (_conversations.Count >= options.Value.MaxConversations)
                EvictLongestIdle();

            var created = new MemoryConversation(new DirectLineConversation(conversationId, user, locale, now), options.Value.MaxActivitiesPerConversation);
            _conversations[conversationId] = created;
            return ValueTask.FromResult(new ConversationStart(created.Conversation, Created: true));
        }
    }

    public ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Use(conversationId)?.Conversation);

    public ValueTask<StoredActivity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Use(conversationId)?.Append(activity, time.GetUtcNow()));

    public ValueTask<ActivityPage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Use(conversationId)?.Read(watermark));

    public async Task<bool> WaitForActivityAsync(string conversationId, long watermark, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // A vanished conversation wakes the caller at once: its next read answers null and it stops.
        if (!_conversations.TryGetValue(conversationId, out var conversation) || conversation.HasActivityAfter(watermark, out var changed))
            return true;

        using var stopTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var first = await Task.WhenAny(changed, Task.Delay(timeout, time, stopTimer.Token)).ConfigureAwait(false);
        await stopTimer.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return first == changed;
    }

    public ValueTask<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        var removed = new List<string>();
        foreach (var pair in _conversations)
        {
            if (pair.Value.LastUsed < idleSince && _conversations.TryRemove(pair))
            {
                pair.Value.Close();
                removed.Add(pair.Key);
            }
        }
        return ValueTask.FromResult<IReadOnlyList<string>>(removed);
    }

    private MemoryConversation? Use(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
            return null;
        conversation.Touch(time.GetUtcNow());
        return conversation;
    }

    private void EvictLongestIdle()
    {
        var oldest = _conversations.MinBy(pair => pair.Value.LastUsed);
        if (oldest.Value is not null && _conversations.TryRemove(oldest))
            oldest.Value.Close();
    }
}

/// <summary>One conversation's bounded transcript and the signal that wakes its stream.</summary>
internal sealed class MemoryConversation(DirectLineConversation conversation, int capacity)
{
    // Web Chat orders by Date(timestamp), which has millisecond precision: an echo and the reply in the same
    // millisecond could swap places, so each activity gets at least one millisecond more than the one before.
    private static readonly TimeSpan MinimumStep = TimeSpan.FromMilliseconds(1);

    private readonly Lock _gate = new();
    private readonly Queue<StoredActivity> _activities = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastSequence;
    private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;
    private long _lastUsedTicks = conversation.StartedAt.UtcTicks;

    public DirectLineConversation Conversation { get; } = conversation;

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    public StoredActivity Append(Activity activity, DateTimeOffset now)
    {
        TaskCompletionSource changed;
        StoredActivity stored;
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            var wholeMilliseconds = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            _lastTimestamp = wholeMilliseconds > _lastTimestamp ? wholeMilliseconds : _lastTimestamp + MinimumStep;
            activity.Id = Conversation.Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            activity.Timestamp = _lastTimestamp;
            stored = new StoredActivity(sequence, activity.Id, activity.Type, BotJson.SerializeToUtf8Bytes(activity));
            _activities.Enqueue(stored);
            if (_activities.Count > capacity)
                _activities.Dequeue();
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
        return stored;
    }

    public ActivityPage Read(long watermark)
    {
        lock (_gate)
            return new ActivityPage([.. _activities.Where(a => a.Sequence > watermark)], _lastSequence);
    }

    public bool HasActivityAfter(long watermark, out Task changed)
    {
        lock (_gate)
        {
            changed = _changed.Task;
            return _lastSequence > watermark;
        }
    }

    public void Close()
    {
        lock (_gate)
            _changed.TrySetResult();
    }
}
