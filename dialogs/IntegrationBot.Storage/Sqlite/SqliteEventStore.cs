using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Storage.Events;
using Microsoft.Data.Sqlite;
using Polly;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>
/// Events and registrations in the bot's SQLite file. Writers queue on an in-process gate and then take the file's
/// write lock with <c>BEGIN IMMEDIATE</c> (another process waits for it); reads use pooled connections.
/// </summary>
public sealed partial class SqliteEventStore : IEventCatalog, IRegistrationStore, IDisposable
{
    private const int CodeAttempts = 5;
    private const int SqliteConstraint = 19;

    private readonly SqliteTransactions _transactions;
    private readonly TimeProvider _time;
    private readonly BookingCodes _codes;

    public SqliteEventStore(SqliteStorageOptions options, ResiliencePipeline retry, TimeProvider time, BookingCodes codes)
    {
        _transactions = new SqliteTransactions(new SqliteDatabase(options), retry);
        _time = time;
        _codes = codes;
    }

    public Task UpsertAsync(EventRecord record, CancellationToken cancellationToken) =>
        WriteAsync((c, _) => { SqliteEventCatalog.Upsert(c, record, _time.GetUtcNow()); return 0; }, cancellationToken);

    public Task<EventAvailability?> FindAsync(string id, CancellationToken cancellationToken) =>
        Read(c => SqliteEventCatalog.Find(c, id), cancellationToken);

    public Task<IReadOnlyList<EventAvailability>> ListAsync(DateTimeOffset from, DateTimeOffset to, bool includeSamples, CancellationToken cancellationToken) =>
        Read(c => SqliteEventCatalog.List(c, from, to, includeSamples), cancellationToken);

    public async Task<RegistrationResult> RegisterAsync(RegistrationRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteAsync((c, tx) => SqliteRegistrationCommands.Register(c, tx, request, _codes.Next(), _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint && e.Message.Contains("booking_code", StringComparison.Ordinal) && attempt < CodeAttempts)
            {
                // A booking code collision: draw another code.
            }
        }
    }

    public Task<CancellationResult> CancelAsync(string bookingCode, ChannelUser owner, CancellationToken cancellationToken) =>
        BookingCodes.Normalize(bookingCode) is { } code
            ? WriteAsync((c, tx) => SqliteRegistrationCommands.Cancel(c, tx, code, owner, _time.GetUtcNow()), cancellationToken)
            : Task.FromResult(CancellationResult.NotFound);

    public Task<IReadOnlyList<Registration>> ListAsync(ChannelUser user, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Registration>>(c =>
        {
            using var command = SqliteRegistrationCommands.Command(c, null,
                $"SELECT {EventColumns.Registration} FROM registrations WHERE channel_id = $channel AND user_id = $user ORDER BY id DESC",
                ("$channel", user.ChannelId), ("$user", user.UserId));
            return SqliteRegistrationCommands.ReadAll(command);
        }, cancellationToken);

    public Task<IReadOnlyList<Registration>> TakeNoticesAsync(ChannelUser user, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<Registration>>((c, tx) =>
        {
            using var command = SqliteRegistrationCommands.Command(c, tx,
                $"UPDATE registrations SET notice = NULL WHERE channel_id = $channel AND user_id = $user AND notice IS NOT NULL RETURNING {EventColumns.Registration}",
                ("$channel", user.ChannelId), ("$user", user.UserId));
            return [.. SqliteRegistrationCommands.ReadAll(command).Select(r => r with { Notice = RegistrationNotice.PromotedFromWaitlist })];
        }, cancellationToken);

    public async Task<int> EraseAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        foreach (var active in (await ListAsync(user, cancellationToken).ConfigureAwait(false)).Where(r => r.Status != RegistrationStatus.Cancelled))
            await CancelAsync(active.BookingCode, user, cancellationToken).ConfigureAwait(false);
        return await WriteAsync((c, tx) =>
        {
            using var command = SqliteRegistrationCommands.Command(c, tx, "DELETE FROM registrations WHERE channel_id = $channel AND user_id = $user",
                ("$channel", user.ChannelId), ("$user", user.UserId));
            return command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _transactions.Dispose();

    private Task<T> Read<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken) =>
        _transactions.ReadAsync(read, cancellationToken);

    private Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> write, CancellationToken cancellationToken) =>
        _transactions.WriteAsync(write, cancellationToken);
}
