using Microsoft.Data.Sqlite;
using Npgsql;
using Polly;
using Polly.Retry;

namespace IntegrationBot.Storage.Resilience;

/// <summary>
/// The retry pipeline around every store operation. Only transient database errors are retried; a lost ETag race is a
/// <see cref="Engine.State.WriteResult"/>, not an exception, so it never reaches this layer.
/// </summary>
public static class StoreRetry
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Builds the pipeline; <paramref name="onRetry"/> lets the host log (or a test observe) each retry.</summary>
    public static ResiliencePipeline CreatePipeline(
        StorageRetryOptions options,
        TimeProvider time,
        Func<OnRetryArguments<object>, ValueTask>? onRetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxRetryAttempts == 0)
            return ResiliencePipeline.Empty;

        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = onRetry,
            })
            .Build();
    }

    /// <summary>
    /// Npgsql knows which of its failures are transient (broken connections, server shutting down or starting up,
    /// serialization failures); for SQLite only "another connection holds the lock" is worth another try.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        _ => false,
    };
}
