using IntegrationBot.Engine.Turns;
using IntegrationBot.Recognizers.DateTime;

namespace IntegrationBot.Host.Maintenance;

/// <summary>
/// Builds the date/time grammars of the shipped languages in the background at start-up. Each is a set of compiled
/// regular expressions that takes about a second to build and JIT; without this the first resident asking for dates
/// in a language waits for it.
/// </summary>
public sealed class RecognizerWarmUpService(TimeProvider time) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var today = time.GetLocalNow().DateTime;
        foreach (var language in Culture.Supported)
        {
            if (stoppingToken.IsCancellationRequested)
                return;
            DateTimeRecognizer.RecognizeRanges("morgen um 10 Uhr next week 3 mei", language, today);
        }
    }, stoppingToken);
}
