using IntegrationBot.Ideas.Processing;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Ideas;

/// <summary>
/// Runs the <see cref="IdeaProcessor"/> every <c>Ideas:ProcessingInterval</c> and whenever the idea flow signals a new
/// idea. A failed run (database away beyond its retries) is logged and tried again at the next wake-up; the ideas stay
/// stored and pending meanwhile.
/// </summary>
internal sealed partial class IdeaProcessingService(
    IServiceProvider services, IdeaProcessingSignal signal, IOptions<IdeaProcessingOptions> options, TimeProvider time, ILogger<IdeaProcessingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IdeaProcessor processor;
        try
        {
            processor = services.GetRequiredService<IdeaProcessor>();
        }
        catch (InvalidOperationException e)
        {
            // Without text services ideas are still stored (pending); they are completed once the host is configured.
            LogNotConfigured(logger, e.Message);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var report = await processor.RunAsync(stoppingToken).ConfigureAwait(false);
                if (report.Claimed > 0)
                    LogRun(logger, report.Claimed, report.Completed, report.Deferred, report.AnalyzerUnavailable, report.TranslatorUnavailable);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The job must survive any failed run; the next run retries and nothing is lost.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e.GetType().Name);
            }
            await WaitAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var interval = Task.Delay(options.Value.ProcessingInterval, time, wake.Token);
        var signalled = signal.WaitAsync(wake.Token);
        await Task.WhenAny(interval, signalled).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Ideas are stored but not analysed or translated: the text services are not configured ({Reason})")]
    private static partial void LogNotConfigured(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Idea processing: {Claimed} claimed, {Completed} completed, {Deferred} deferred (analyser unavailable: {AnalyzerUnavailable}, translator unavailable: {TranslatorUnavailable})")]
    private static partial void LogRun(ILogger logger, int claimed, int completed, int deferred, bool analyzerUnavailable, bool translatorUnavailable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Idea processing run failed ({Error}); the ideas stay pending and the next run tries again")]
    private static partial void LogFailed(ILogger logger, string error);
}
