using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Ideas.Review;
using IntegrationBot.Storage.Ideas;
using Npgsql;
using NpgsqlTypes;
using Polly;

namespace IntegrationBot.Storage.Postgres;

/// <summary>
/// Ideas in PostgreSQL (migration 0004). Every operation is one statement run through the store retry. Storing is
/// idempotent by the unique request hash (a concurrent duplicate waits for the first insert and then reads it);
/// claiming due ideas uses <c>FOR UPDATE SKIP LOCKED</c>, so instances never claim the same idea at once.
/// </summary>
public sealed class PostgresIdeaStore(NpgsqlDataSource dataSource, ResiliencePipeline retry, TimeProvider time, BookingCodes codes)
    : IIdeaStore, IIdeaProcessingStore, IIdeaReviewStore
{
    private const int CodeAttempts = 5;
    private static readonly string Columns = IdeaColumns.Select(static c => c + "::text");

    private static readonly string InsertSql = $"""
        INSERT INTO ideas ({IdeaColumns.Names})
        VALUES (@id, @reference, @hash, @text, @language, @channel, @authorChannel, @authorUser, @authorName, @authorContact, @neighbourhood,
                @suggested, @field, @consent, @submitted, @updated, @analysis, NULL, '[]', NULL, @translation, NULL, false, 0, @next, @status, '[]', NULL)
        ON CONFLICT (request_hash) DO NOTHING
        RETURNING {Columns}
        """;

    private static readonly string ClaimSql = $"""
        UPDATE ideas SET next_attempt_at = @lease
        WHERE id IN (SELECT id FROM ideas WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= @now
                     ORDER BY next_attempt_at, id LIMIT @max FOR UPDATE SKIP LOCKED)
        RETURNING {Columns}
        """;

    public async Task<Idea> AddAsync(NewIdea idea, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idea);
        var hash = IdeaReferences.HashOf(idea.Key);
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var row = IdeaRows.From(idea, Guid.CreateVersion7(now), codes.Next(), now);
            try
            {
                return await retry.ExecuteAsync(static async (s, ct) =>
                {
                    // ON CONFLICT waits for a concurrent insert of the same hash to commit; the SELECT then sees it.
                    if (await ReadAsync(s.store.Command(InsertSql, InsertParameters(s.row, s.hash)), ct).ConfigureAwait(false) is [var inserted])
                        return inserted;
                    return (await ReadAsync(s.store.Command($"SELECT {Columns} FROM ideas WHERE request_hash = @hash", P("hash", s.hash)), ct).ConfigureAwait(false))[0];
                }, (store: this, row, hash), cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "ideas_reference_key" && attempt < CodeAttempts)
            {
                // A reference collision: draw another code.
            }
        }
    }

    public Task<IReadOnlyList<Idea>> ListByAuthorAsync(ChannelUser author, CancellationToken cancellationToken) =>
        ListAsync($"SELECT {Columns} FROM ideas WHERE author_channel_id = @channel AND author_user_id = @user ORDER BY submitted_at DESC, id DESC",
            cancellationToken, P("channel", author.ChannelId), P("user", author.UserId));

    public Task<int> EraseByAuthorAsync(ChannelUser author, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM ideas WHERE author_channel_id = @channel AND author_user_id = @user",
            cancellationToken, P("channel", author.ChannelId), P("user", author.UserId));

    public Task<IReadOnlyList<Idea>> ListRecentAsync(string? field, int limit, CancellationToken cancellationToken) =>
        field is null
            ? ListAsync($"SELECT {Columns} FROM ideas WHERE status <> 'Rejected' ORDER BY submitted_at DESC, id DESC LIMIT @limit", cancellationToken, P("limit", limit))
            : ListAsync($"SELECT {Columns} FROM ideas WHERE status <> 'Rejected' AND field = @field ORDER BY submitted_at DESC, id DESC LIMIT @limit",
                cancellationToken, P("field", field), P("limit", limit));

    public Task<IReadOnlyList<Idea>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken) =>
        ListAsync(ClaimSql, cancellationToken, P("now", now), P("lease", now + lease), P("max", max));

    public async Task<bool> SaveAnalysisAsync(Guid id, IdeaAnalysis analysis, CancellationToken cancellationToken) =>
        await ExecuteAsync($"UPDATE ideas SET {IdeaColumns.AnalysisSet} WHERE id = @id AND analysis = 'Pending'", cancellationToken,
            P("id", id), P("state", analysis.State.ToString()), Text("language", analysis.DetectedLanguage),
            Jsonb("phrases", IdeaColumns.Json(analysis.KeyPhrases)), Text("redacted", analysis.RedactedText)).ConfigureAwait(false) == 1;

    public async Task<bool> SaveTranslationAsync(Guid id, IdeaTranslation translation, CancellationToken cancellationToken) =>
        await ExecuteAsync($"UPDATE ideas SET {IdeaColumns.TranslationSet} WHERE id = @id AND translation = 'Pending'", cancellationToken,
            P("id", id), P("state", translation.State.ToString()), Text("german", translation.GermanText), P("machine", translation.MachineTranslated)).ConfigureAwait(false) == 1;

    public Task DeferAsync(Guid id, DateTimeOffset nextAttemptAt, int attempts, CancellationToken cancellationToken) =>
        ExecuteAsync($"UPDATE ideas SET {IdeaColumns.DeferSet} WHERE id = @id", cancellationToken, P("id", id), P("attempts", attempts), P("next", nextAttemptAt));

    public Task<IdeaPage> QueryAsync(IdeaQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, filters) = IdeaColumns.Where(query, static t => t, static c => $"strpos(lower({c}), @text) > 0");
        return retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var count = s.store.Command($"SELECT COUNT(*)::int FROM ideas WHERE {s.where}", Parameters(s.filters));
            var total = (int)(await count.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
            var page = await ReadAsync(s.store.Command($"SELECT {Columns} FROM ideas WHERE {s.where} {IdeaColumns.Paging(s.query)}", Parameters(s.filters)), ct).ConfigureAwait(false);
            return new IdeaPage(page, total, s.query.Offset, s.query.Limit);
        }, (store: this, where, filters, query), cancellationToken).AsTask();
    }

    public async Task<Idea?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ListAsync($"SELECT {Columns} FROM ideas WHERE id = @id", cancellationToken, P("id", id)).ConfigureAwait(false)) is [var found] ? found : null;

    public async Task<Idea?> UpdateReviewAsync(Guid id, IdeaReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var (set, values) = IdeaReviewSql.Set(review, time.GetUtcNow(), static tags => new NpgsqlParameter("tags", NpgsqlDbType.Jsonb) { Value = IdeaColumns.Json(tags) });
        var parameters = values.Select(v => v.Value as NpgsqlParameter ?? (v.Value is null ? Text(v.Name, null) : P(v.Name, v.Value))).Append(P("id", id)).ToArray();
        return (await ListAsync($"UPDATE ideas SET {set} WHERE id = @id RETURNING {Columns}", cancellationToken, parameters).ConfigureAwait(false)) is [var updated] ? updated : null;
    }

    private static NpgsqlParameter[] InsertParameters(Idea row, string hash) =>
    [
        P("id", row.Id), P("reference", row.Reference), P("hash", hash), P("text", row.Text), P("language", row.Language), P("channel", row.Channel),
        Text("authorChannel", row.Author?.ChannelId), Text("authorUser", row.Author?.UserId), Text("authorName", row.AuthorName),
        Text("authorContact", row.AuthorContact), Text("neighbourhood", row.Neighbourhood), Text("suggested", row.SuggestedField), P("field", row.Field),
        P("consent", row.ConsentAt), P("submitted", row.SubmittedAt), P("updated", row.UpdatedAt), P("analysis", row.Analysis.ToString()),
        P("translation", row.Translation.ToString()), new NpgsqlParameter("next", NpgsqlDbType.TimestampTz) { Value = (object?)row.NextAttemptAt?.ToUniversalTime() ?? DBNull.Value },
        P("status", row.Status.ToString()),
    ];

    private Task<IReadOnlyList<Idea>> ListAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters) =>
        retry.ExecuteAsync(static async (s, ct) => (IReadOnlyList<Idea>)await ReadAsync(s.store.Command(s.sql, Clone(s.parameters)), ct).ConfigureAwait(false),
            (store: this, sql, parameters), cancellationToken).AsTask();

    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.store.Command(s.sql, Clone(s.parameters));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, (store: this, sql, parameters), cancellationToken).AsTask();

    private static async Task<List<Idea>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<Idea>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                rows.Add(IdeaColumns.Read(reader, static (r, i) => r.GetGuid(i), static (r, i) => r.GetFieldValue<DateTimeOffset>(i)));
            return rows;
        }
    }

    private NpgsqlCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    // A parameter belongs to one command; a retried attempt builds a new command, so it gets copies.
    private static NpgsqlParameter[] Clone(NpgsqlParameter[] parameters) => [.. parameters.Select(p => p.Clone())];

    private static NpgsqlParameter[] Parameters(List<(string Name, object Value)> values) => [.. values.Select(v => P(v.Name, v.Value))];

    // timestamptz takes only UTC offsets.
    private static NpgsqlParameter P(string name, object value) => new(name, value is DateTimeOffset at ? at.ToUniversalTime() : value);

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Jsonb(string name, string json) => new(name, NpgsqlDbType.Jsonb) { Value = json };
}
