using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.DirectLine;

/// <summary>Removes conversations nobody used for <see cref="DirectLineOptions.ConversationIdleTimeout"/>.</summary>
internal sealed class DirectLineSweeper(
    IDirectLineConversationStore store,
    DirectLineTurnRunner runner,
    TimeProvider time,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineSweeper> logger,
    DirectLineSecret secret) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Taking the secret here resolves it at start-up, so a development secret file exists before the first request.
        _ = secret.Value;

        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var idleSince = time.GetUtcNow() - options.Value.ConversationIdleTimeout;
            var removed = await store.RemoveIdleAsync(idleSince, stoppingToken).ConfigureAwait(false);
            runner.ForgetIdleLanes(idleSince);
            if (removed.Count > 0)
                logger.LogInformation("Removed {Count} idle Direct Line conversations", removed.Count);
        }
    }
}
