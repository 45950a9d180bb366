using IntegrationBot.Engine;
using IntegrationBot.Engine.State;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Maintenance;

/// <summary>
/// Deletes abandoned conversation state (<see cref="EngineOptions.StateExpiry"/>, 30 days by default) and forgets
/// delivered activity ids after the de-duplication window (24 h), once an hour. User state (the chosen language)
/// is kept until the user deletes it.
/// </summary>
public sealed partial class StateCleanupService(
    IStateStore store,
    IDeliveryLog deliveries,
    IOptions<EngineOptions> options,
    TimeProvider time,
    ILogger<StateCleanupService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await CleanOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next round tries again; expiry is housekeeping, not worth stopping the host for.
                LogCleanupFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task CleanOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = now - options.Value.StateExpiry;
        var removed = await store.DeleteExpiredAsync(StateKeys.DialogPrefix, expired, cancellationToken);
        removed += await store.DeleteExpiredAsync(StateKeys.ConversationPrefix, expired, cancellationToken);
        var forgotten = await deliveries.PurgeAsync(now - options.Value.DedupeWindow, cancellationToken);
        LogCleaned(removed, forgotten);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "State cleanup removed {Documents} expired documents and {Deliveries} old delivery records")]
    private partial void LogCleaned(int documents, int deliveries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "State cleanup failed; retrying next round")]
    private partial void LogCleanupFailed(Exception exception);
}
