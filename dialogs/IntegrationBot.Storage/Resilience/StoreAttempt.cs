using Polly;

namespace IntegrationBot.Storage.Resilience;

/// <summary>
/// One try of a store operation. <see cref="IsRetry"/> matters for writes: after a connection broke mid-statement the
/// first try may have committed, so a retry that finds its own new ETag already in place has succeeded.
/// </summary>
internal readonly record struct StoreAttempt(bool IsRetry, CancellationToken CancellationToken);

internal static class StoreAttemptExtensions
{
    private static readonly ResiliencePropertyKey<bool> Started = new("IntegrationBot.Storage.AttemptStarted");

    /// <summary>Runs <paramref name="operation"/> through the pipeline with a pooled context (no per-call closure).</summary>
    public static async ValueTask<TResult> RunAsync<TResult, TState>(
        this ResiliencePipeline pipeline,
        Func<TState, StoreAttempt, ValueTask<TResult>> operation,
        TState state,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            return await pipeline.ExecuteAsync(
                static (ctx, s) =>
                {
                    var isRetry = ctx.Properties.TryGetValue(Started, out _);
                    ctx.Properties.Set(Started, true);
                    return s.operation(s.state, new StoreAttempt(isRetry, ctx.CancellationToken));
                },
                context,
                (operation, state)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
