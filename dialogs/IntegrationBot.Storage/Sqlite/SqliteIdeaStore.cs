using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Ideas.Review;
using IntegrationBot.Storage.Ideas;
using Microsoft.Data.Sqlite;
using Polly;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>
/// Ideas in the bot's SQLite file (migration 0004). Writers queue on an in-process gate and take the file's write lock
/// with <c>BEGIN IMMEDIATE</c>; every operation runs through the store retry, so a briefly locked file is waited out.
/// </summary>
public sealed class SqliteIdeaStore : IIdeaStore, IIdeaProcessingStore, IIdeaReviewStore, IDisposable
{
    private const int CodeAttempts = 5;
    private const int SqliteConstraint = 19;
    private static readonly string Columns = IdeaColumns.Select(static c => c);

    private readonly SqliteTransactions _transactions;
    private readonly TimeProvider _time;
    private readonly BookingCodes _codes;

    public SqliteIdeaStore(SqliteStorageOptions options, ResiliencePipeline retry, TimeProvider time, BookingCodes codes)
    {
        _transactions = new SqliteTransactions(new SqliteDatabase(options), retry);
        _time = time;
        _codes = codes;
    }

    public async Task<Idea> AddAsync(NewIdea idea, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idea);
        var hash = IdeaReferences.HashOf(idea.Key);
        for (var attempt = 1; ; attempt++)
        {
            var now = _time.GetUtcNow();
            var row = IdeaRows.From(idea, Guid.CreateVersion7(now), _codes.Next(), now);
            try
            {
                return await WriteAsync((c, tx) =>
                {
                    // A redelivery (or a retry after a lost commit) hits the unique hash and reads the idea stored first.
                    using var insert = Command(c, tx, $"INSERT INTO ideas ({IdeaColumns.Names}) VALUES ({InsertValues}) ON CONFLICT (request_hash) DO NOTHING RETURNING {Columns}", InsertParameters(row, hash));
                    if (ReadAll(insert) is [var inserted])
                        return inserted;
                    using var existing = Command(c, tx, $"SELECT {Columns} FROM ideas WHERE request_hash = @hash", ("hash", hash));
                    return ReadAll(existing)[0];
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint && e.Message.Contains("ideas.reference", StringComparison.Ordinal) && attempt < CodeAttempts)
            {
                // A reference collision: draw another code.
            }
        }
    }

    public Task<IReadOnlyList<Idea>> ListByAuthorAsync(ChannelUser author, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<Idea>>(c =>
        {
            using var command = Command(c, null, $"SELECT {Columns} FROM ideas WHERE author_channel_id = @channel AND author_user_id = @user ORDER BY submitted_at DESC, id DESC",
                ("channel", author.ChannelId), ("user", author.UserId));
            return ReadAll(command);
        }, cancellationToken);

    public Task<int> EraseByAuthorAsync(ChannelUser author, CancellationToken cancellationToken) =>
        WriteAsync((c, tx) =>
        {
            using var command = Command(c, tx, "DELETE FROM ideas WHERE author_channel_id = @channel AND author_user_id = @user",
                ("channel", author.ChannelId), ("user", author.UserId));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<IReadOnlyList<Idea>> ListRecentAsync(string? field, int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<Idea>>(c =>
        {
            var byField = field is null ? "" : " AND field = @field";
            using var command = Command(c, null, $"SELECT {Columns} FROM ideas WHERE status <> 'Rejected'{byField} ORDER BY submitted_at DESC, id DESC LIMIT @limit",
                ("field", field), ("limit", limit));
            return ReadAll(command);
        }, cancellationToken);

    public Task<IReadOnlyList<Idea>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<Idea>>((c, tx) =>
        {
            using var select = Command(c, tx, $"SELECT {Columns} FROM ideas WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @max",
                ("now", now.UtcTicks), ("max", max));
            var due = ReadAll(select);
            foreach (var idea in due)
            {
                using var claim = Command(c, tx, "UPDATE ideas SET next_attempt_at = @lease WHERE id = @id", ("lease", (now + lease).UtcTicks), ("id", Id(idea.Id)));
                claim.ExecuteNonQuery();
            }
            return due;
        }, cancellationToken);

    public Task<bool> SaveAnalysisAsync(Guid id, IdeaAnalysis analysis, CancellationToken cancellationToken) =>
        ChangeAsync($"UPDATE ideas SET {IdeaColumns.AnalysisSet} WHERE id = @id AND analysis = 'Pending'", cancellationToken,
            ("id", Id(id)), ("state", analysis.State.ToString()), ("language", analysis.DetectedLanguage),
            ("phrases", IdeaColumns.Json(analysis.KeyPhrases)), ("redacted", analysis.RedactedText));

    public Task<bool> SaveTranslationAsync(Guid id, IdeaTranslation translation, CancellationToken cancellationToken) =>
        ChangeAsync($"UPDATE ideas SET {IdeaColumns.TranslationSet} WHERE id = @id AND translation = 'Pending'", cancellationToken,
            ("id", Id(id)), ("state", translation.State.ToString()), ("german", translation.GermanText), ("machine", translation.MachineTranslated));

    public Task DeferAsync(Guid id, DateTimeOffset nextAttemptAt, int attempts, CancellationToken cancellationToken) =>
        ChangeAsync($"UPDATE ideas SET {IdeaColumns.DeferSet} WHERE id = @id", cancellationToken,
            ("id", Id(id)), ("attempts", attempts), ("next", nextAttemptAt.UtcTicks));

    public Task<IdeaPage> QueryAsync(IdeaQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = IdeaColumns.Where(query, static t => t.UtcTicks, static c => $"instr(ib_fold({c}), @text) > 0");
        return ReadAsync(c =>
        {
            c.CreateFunction("ib_fold", static (string? text) => text is null ? null : IdeaFilter.Fold(text), isDeterministic: true);
            using var count = Command(c, null, $"SELECT COUNT(*) FROM ideas WHERE {where}", [.. parameters]);
            var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            using var page = Command(c, null, $"SELECT {Columns} FROM ideas WHERE {where} {IdeaColumns.Paging(query)}", [.. parameters]);
            return new IdeaPage(ReadAll(page), total, query.Offset, query.Limit);
        }, cancellationToken);
    }

    public Task<Idea?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        ReadAsync(c =>
        {
            using var command = Command(c, null, $"SELECT {Columns} FROM ideas WHERE id = @id", ("id", Id(id)));
            return ReadAll(command) is [var found] ? found : null;
        }, cancellationToken);

    public Task<Idea?> UpdateReviewAsync(Guid id, IdeaReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var (set, parameters) = IdeaReviewSql.Set(review, _time.GetUtcNow().UtcTicks, IdeaColumns.Json);
        parameters.Add(("id", Id(id)));
        return WriteAsync((c, tx) =>
        {
            using var command = Command(c, tx, $"UPDATE ideas SET {set} WHERE id = @id RETURNING {Columns}", [.. parameters]);
            return ReadAll(command) is [var updated] ? updated : null;
        }, cancellationToken);
    }

    public void Dispose() => _transactions.Dispose();

    private const string InsertValues =
        "@id, @reference, @hash, @text, @language, @channel, @authorChannel, @authorUser, @authorName, @authorContact, @neighbourhood, " +
        "@suggested, @field, @consent, @submitted, @updated, @analysis, NULL, '[]', NULL, @translation, NULL, 0, 0, @next, @status, '[]', NULL";

    private static (string, object?)[] InsertParameters(Idea row, string hash) =>
    [
        ("id", Id(row.Id)), ("reference", row.Reference), ("hash", hash), ("text", row.Text), ("language", row.Language), ("channel", row.Channel),
        ("authorChannel", row.Author?.ChannelId), ("authorUser", row.Author?.UserId), ("authorName", row.AuthorName), ("authorContact", row.AuthorContact),
        ("neighbourhood", row.Neighbourhood), ("suggested", row.SuggestedField), ("field", row.Field), ("consent", row.ConsentAt.UtcTicks),
        ("submitted", row.SubmittedAt.UtcTicks), ("updated", row.UpdatedAt.UtcTicks), ("analysis", row.Analysis.ToString()),
        ("translation", row.Translation.ToString()), ("next", row.NextAttemptAt?.UtcTicks), ("status", row.Status.ToString()),
    ];

    private static string Id(Guid id) => id.ToString("D");

    private async Task<bool> ChangeAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        await WriteAsync((c, tx) =>
        {
            using var command = Command(c, tx, sql, parameters);
            return command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false) == 1;

    private static List<Idea> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<Idea>();
        while (reader.Read())
            rows.Add(IdeaColumns.Read(reader, static (r, i) => Guid.Parse(r.GetString(i)), static (r, i) => new DateTimeOffset(r.GetInt64(i), TimeSpan.Zero)));
        return rows;
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue("@" + name, value ?? DBNull.Value);
        return command;
    }

    private Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken) =>
        _transactions.ReadAsync(read, cancellationToken);

    private Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> write, CancellationToken cancellationToken) =>
        _transactions.WriteAsync(write, cancellationToken);
}
