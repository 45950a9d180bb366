using Npgsql;
using Polly;

namespace IntegrationBot.Storage.Tests.Postgres;

/// <summary>
/// Lets the first call reach the database and then reports a broken connection, as when the server committed but the
/// reply never arrived. Placed inside the retry, so the store's second try meets its own committed write.
/// </summary>
internal sealed class LostReplyFault : ResilienceStrategy
{
    private int _faults = 1;

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        var outcome = await callback(context, state);
        return Interlocked.Exchange(ref _faults, 0) == 1
            ? Outcome.FromException<TResult>(new NpgsqlException("Simulated lost reply", new IOException("connection reset")))
            : outcome;
    }
}
