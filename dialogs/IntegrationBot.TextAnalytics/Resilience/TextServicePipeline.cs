using System.Net;
using IntegrationBot.Http;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace IntegrationBot.TextAnalytics.Resilience;

/// <summary>
/// The Polly pipeline around every HTTP call of one text service: total timeout → retry (honouring Retry-After) →
/// circuit breaker → attempt timeout. One instance per service and process, so the circuit is shared by all callers.
/// </summary>
internal static class TextServicePipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Create(
        TextServiceResilienceOptions options,
        TimeProvider time,
        Func<OnRetryArguments<HttpResponseMessage>, ValueTask> onRetry,
        Func<OnCircuitOpenedArguments<HttpResponseMessage>, ValueTask> onOpened)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = options.BaseDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter.From(args.Outcome.Result, time.GetUtcNow(), options.MaxRetryAfter)),
                OnRetry = onRetry,
            });
        }
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            FailureRatio = options.FailureRatio,
            MinimumThroughput = options.MinimumThroughput,
            SamplingDuration = options.SamplingDuration,
            BreakDuration = options.BreakDuration,
            OnOpened = onOpened,
        });
        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    /// <summary>Worth another try: throttling, server trouble, a broken connection or an attempt that timed out.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && IsTransient(response.StatusCode));

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;
}
