using IntegrationBot.Domain.Events;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Registrations;

/// <summary>
/// Runs <see cref="RegistrationFollowUpJob"/> when <see cref="FollowUpSignal"/> is raised and every
/// <see cref="EventsOptions.FollowUpInterval"/>. A failed pass is logged and the next one tries again.
/// </summary>
public sealed partial class RegistrationFollowUpService(
    RegistrationFollowUpJob job,
    FollowUpSignal signal,
    IOptions<EventsOptions> options,
    TimeProvider time,
    ILogger<RegistrationFollowUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var run = await job.RunOnceAsync(stoppingToken);
                if (run.NoticesSent + run.NoticesKept + run.RemindersSent >= RegistrationFollowUpJob.BatchSize)
                    signal.Raise(); // a full batch: more may be waiting
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRunFailed(exception);
            }
            await signal.WaitAsync(options.Value.FollowUpInterval, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registration follow-ups failed; retrying at the next run")]
    private partial void LogRunFailed(Exception exception);
}
