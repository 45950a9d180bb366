using Microsoft.Data.Sqlite;
using Polly;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>
/// How the domain stores talk to their SQLite file: a read on a pooled connection, a write in one IMMEDIATE transaction
/// at a time (queued on an async gate rather than SQLite's busy loop), each retried by the store pipeline when the
/// database is briefly unavailable.
/// </summary>
internal sealed class SqliteTransactions(SqliteDatabase database, ResiliencePipeline retry) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static (s, ct) =>
        {
            ct.ThrowIfCancellationRequested();
            using var connection = s.database.Open();
            return ValueTask.FromResult(s.read(connection));
        }, (database, read), cancellationToken).AsTask();

    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> write, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await s.writer.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                using var connection = s.database.Open();
                using var transaction = connection.BeginTransaction(deferred: false);
                var result = s.write(connection, transaction);
                transaction.Commit();
                return result;
            }
            finally
            {
                s.writer.Release();
            }
        }, (database, writer: _writer, write), cancellationToken).AsTask();

    public void Dispose() => _writer.Dispose();
}
