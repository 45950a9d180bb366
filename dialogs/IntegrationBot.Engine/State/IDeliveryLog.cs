namespace IntegrationBot.Engine.State;

/// <summary>Identity of an inbound delivery: Teams and Direct Line redeliver the same activity id after timeouts.</summary>
public readonly record struct DeliveryKey(string ChannelId, string ConversationId, string ActivityId);

/// <summary>
/// Remembers which activities were processed, so that a redelivery is acknowledged without running the turn again.
/// Idempotency comes from a unique key (insert-or-ignore), not from check-then-insert.
/// </summary>
public interface IDeliveryLog
{
    /// <summary>Records the delivery; false if the same key was already recorded (a redelivery).</summary>
    Task<bool> TryBeginAsync(DeliveryKey key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets a delivery whose turn failed, so that the channel's redelivery runs the turn again.</summary>
    Task ForgetAsync(DeliveryKey key, CancellationToken cancellationToken);

    /// <summary>Removes records older than <paramref name="olderThan"/> (the de-duplication window).</summary>
    Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
