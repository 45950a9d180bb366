using System.Net;
using IntegrationBot.Http;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace IntegrationBot.Host.Connector;

/// <summary>
/// One resilience pipeline per remote host (a misbehaving Emulator must not open the circuit for Teams):
/// retry with exponential backoff and jitter that honours <c>Retry-After</c> (Teams throttling, §3.5),
/// then a circuit breaker, then a per-attempt timeout. Time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class ConnectorResilience(IOptions<ConnectorOptions> options, TimeProvider time, ILogger<ConnectorResilience> logger) : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _pipelines = new();

    /// <summary>The pipeline for calls of one kind (<paramref name="purpose"/>) to the host of <paramref name="uri"/>.</summary>
    /// <remarks>Token and Connector calls get separate breakers even on one host, so neither's failures block the other.</remarks>
    public ResiliencePipeline<HttpResponseMessage> For(Uri uri, string purpose = "connector") =>
        _pipelines.GetOrAddPipeline<HttpResponseMessage>($"{purpose} {uri.GetLeftPart(UriPartial.Authority)}", (builder, context) => Configure(builder, context.PipelineKey));

    public void Dispose() => _pipelines.Dispose();

    private void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, string host)
    {
        var settings = options.Value;
        builder.TimeProvider = time;
        if (settings.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.MaxRetryDelay,
                ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter.From(args.Outcome.Result, time.GetUtcNow(), settings.MaxRetryDelay)),
                OnRetry = args =>
                {
                    Log.Retrying(logger, host, args.AttemptNumber + 1, args.RetryDelay, (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name);
                    args.Outcome.Result?.Dispose(); // the discarded answer's connection goes back to the pool
                    return default;
                },
            });
        }
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = settings.BreakerFailureRatio,
            MinimumThroughput = settings.BreakerMinimumThroughput,
            SamplingDuration = settings.BreakerSamplingDuration,
            BreakDuration = settings.BreakerBreakDuration,
            ShouldHandle = static args => ValueTask.FromResult(IsTransient(args.Outcome)),
            OnOpened = args =>
            {
                Log.CircuitOpened(logger, host, args.BreakDuration);
                return default;
            },
        });
        builder.AddTimeout(settings.AttemptTimeout);
    }

    /// <summary>Worth another attempt: throttling, 408/412, server errors except 501/505, network errors, attempt timeouts.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed
            || (response.StatusCode >= HttpStatusCode.InternalServerError
                && response.StatusCode is not HttpStatusCode.NotImplemented and not HttpStatusCode.HttpVersionNotSupported),
        _ => false,
    };
}
