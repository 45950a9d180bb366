using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace IntegrationBot.TextAnalytics.Resilience;

/// <summary>
/// Sends requests of one text service through its resilience pipeline. Returns a response that is a success or a
/// request the service refused for its content (4xx other than 401/403/404/408/429: the caller maps it to its
/// documents); throws <see cref="TextServiceUnavailableException"/> for everything else. Logs status codes and attempt
/// numbers only, never request or response bodies.
/// </summary>
internal sealed partial class TextServiceClient
{
    private readonly string _service;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public TextServiceClient(string service, TextServiceResilienceOptions options, TimeProvider time, ILogger logger)
    {
        _service = service;
        _logger = logger;
        _pipeline = TextServicePipeline.Create(options, time, OnRetry, OnOpened);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpClient http, Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    using var request = state.createRequest();
                    return await state.http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                (http, createRequest)).ConfigureAwait(false);
        }
        catch (BrokenCircuitException exception)
        {
            throw new TextServiceUnavailableException($"{_service}: the circuit is open after repeated failures.", exception);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new TextServiceUnavailableException($"{_service}: the request timed out.", exception);
        }
        catch (HttpRequestException exception)
        {
            // The message names the host and the socket error only; the request never is part of it.
            throw new TextServiceUnavailableException($"{_service}: the service could not be reached ({exception.HttpRequestError}).", exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
        return Check(response);
    }

    private HttpResponseMessage Check(HttpResponseMessage response)
    {
        var status = response.StatusCode;
        if (response.IsSuccessStatusCode)
            return response;
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            response.Dispose();
            LogMisconfigured(_logger, _service, (int)status);
            throw new TextServiceUnavailableException($"{_service}: the service refused the call with HTTP {(int)status}; check its endpoint, key and region.");
        }
        if (TextServicePipeline.IsTransient(status))
        {
            response.Dispose();
            LogGaveUp(_logger, _service, (int)status);
            throw new TextServiceUnavailableException($"{_service}: HTTP {(int)status} after all retries.");
        }
        return response;
    }

    private ValueTask OnRetry(OnRetryArguments<HttpResponseMessage> args)
    {
        var status = args.Outcome.Result is { } response ? (int)response.StatusCode : 0;
        LogRetry(_logger, _service, args.AttemptNumber + 1, status, args.Outcome.Exception?.GetType().Name, args.RetryDelay.TotalMilliseconds);
        return ValueTask.CompletedTask;
    }

    private ValueTask OnOpened(OnCircuitOpenedArguments<HttpResponseMessage> args)
    {
        LogCircuitOpened(_logger, _service, args.BreakDuration.TotalSeconds);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service}: retry {Attempt} after HTTP {Status} {Error} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string service, int attempt, int status, string? error, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service}: circuit opened for {BreakSeconds} s after repeated failures")]
    private static partial void LogCircuitOpened(ILogger logger, string service, double breakSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service}: gave up after HTTP {Status}")]
    private static partial void LogGaveUp(ILogger logger, string service, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Service}: HTTP {Status}: the service refused the credentials or the address; check the endpoint, key and region in configuration")]
    private static partial void LogMisconfigured(ILogger logger, string service, int status);
}
