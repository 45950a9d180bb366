using System.Data.Common;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Storage.Events;
using Npgsql;
using Polly;

namespace IntegrationBot.Storage.Postgres;

/// <summary>
/// Registrations in PostgreSQL. Every change runs in a transaction that first locks the event row
/// (<c>SELECT ... FOR UPDATE</c>); the statement after it sees every committed registration (READ COMMITTED takes a new
/// snapshot per statement) and decides confirmed or waitlisted by itself, so concurrent requests cannot overbook.
/// A retried transaction is safe: the request key finds the registration a lost commit already stored.
/// </summary>
public sealed partial class PostgresRegistrationStore(NpgsqlDataSource dataSource, ResiliencePipeline retry, TimeProvider time, BookingCodes codes)
    : IRegistrationStore
{
    private const int CodeAttempts = 5;

    public Task<RegistrationResult> RegisterAsync(RegistrationRequest request, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static (s, ct) => s.store.RegisterOnceAsync(s.request, ct), (store: this, request), cancellationToken).AsTask();

    public Task<CancellationResult> CancelAsync(string bookingCode, ChannelUser owner, CancellationToken cancellationToken) =>
        BookingCodes.Normalize(bookingCode) is not { } code
            ? Task.FromResult(CancellationResult.NotFound)
            : retry.ExecuteAsync(static (s, ct) => s.store.InTransactionAsync(tx => PostgresRegistrationCommands.CancelAsync(tx, s.code, s.owner, s.now, ct), ct),
                (store: this, code, owner, now: time.GetUtcNow()), cancellationToken).AsTask();

    public Task<IReadOnlyList<Registration>> ListAsync(ChannelUser user, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand(
                $"SELECT {EventColumns.Registration} FROM registrations WHERE channel_id = @channel AND user_id = @user ORDER BY id DESC");
            PostgresRegistrationCommands.AddUser(command.Parameters, s.user);
            return await PostgresRegistrationCommands.ReadAllAsync(command, ct).ConfigureAwait(false);
        }, (dataSource, user), cancellationToken).AsTask();

    public Task<IReadOnlyList<Registration>> TakeNoticesAsync(ChannelUser user, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            // The CTE reads the notices being cleared; RETURNING alone would only show the cleared values.
            await using var command = s.dataSource.CreateCommand($"""
                WITH taken AS (SELECT id FROM registrations WHERE channel_id = @channel AND user_id = @user AND notice IS NOT NULL FOR UPDATE)
                UPDATE registrations r SET notice = NULL FROM taken WHERE r.id = taken.id
                RETURNING {Prefixed("r.")}
                """);
            PostgresRegistrationCommands.AddUser(command.Parameters, s.user);
            var rows = await PostgresRegistrationCommands.ReadAllAsync(command, ct).ConfigureAwait(false);
            return (IReadOnlyList<Registration>)[.. rows.Select(r => r with { Notice = RegistrationNotice.PromotedFromWaitlist })];
        }, (dataSource, user), cancellationToken).AsTask();

    public async Task<int> EraseAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        foreach (var active in (await ListAsync(user, cancellationToken).ConfigureAwait(false)).Where(r => r.Status != RegistrationStatus.Cancelled))
            await CancelAsync(active.BookingCode, user, cancellationToken).ConfigureAwait(false);
        return await retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand("DELETE FROM registrations WHERE channel_id = @channel AND user_id = @user");
            PostgresRegistrationCommands.AddUser(command.Parameters, s.user);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, (dataSource, user), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<RegistrationResult> RegisterOnceAsync(RegistrationRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await InTransactionAsync(
                    tx => PostgresRegistrationCommands.RegisterAsync(tx, request, codes.Next(), time.GetUtcNow(), cancellationToken),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "registrations_booking_code_key" && attempt < CodeAttempts)
            {
                // A booking code collision (about one in 10^9 per pair): draw another code.
            }
        }
    }

    private async ValueTask<T> InTransactionAsync<T>(Func<NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static string Prefixed(string prefix) =>
        string.Join(", ", EventColumns.Registration.Split(", ").Select(c => prefix + c));

    internal static DateTimeOffset Time(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}
