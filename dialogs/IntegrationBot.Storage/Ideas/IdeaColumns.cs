using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Review;

namespace IntegrationBot.Storage.Ideas;

/// <summary>
/// The column lists and filters both providers use for ideas and how a row becomes an <see cref="Idea"/>. The providers
/// differ in types (ticks and TEXT ids in SQLite, timestamptz, uuid and jsonb in PostgreSQL), not in shape.
/// </summary>
internal static class IdeaColumns
{
    public const string Names =
        "id, reference, request_hash, text, language, channel, author_channel_id, author_user_id, author_name, author_contact, neighbourhood, " +
        "suggested_field, field, consent_at, submitted_at, updated_at, analysis, detected_language, key_phrases, redacted_text, translation, " +
        "german_text, machine_translated, processing_attempts, next_attempt_at, status, tags, notes";

    /// <summary>The select list; <paramref name="json"/> turns a JSON column into text (PostgreSQL's jsonb).</summary>
    public static string Select(Func<string, string> json) =>
        "id, reference, text, language, channel, author_channel_id, author_user_id, author_name, author_contact, neighbourhood, " +
        $"suggested_field, field, consent_at, submitted_at, updated_at, analysis, detected_language, {json("key_phrases")}, redacted_text, " +
        $"translation, german_text, machine_translated, processing_attempts, next_attempt_at, status, {json("tags")}, notes";

    // An idea with nothing pending leaves the queue. SET expressions see the row's old values, so each statement tests
    // the column it does not change itself.
    public const string AnalysisSet = """
        analysis = @state, detected_language = @language, key_phrases = @phrases, redacted_text = @redacted,
        next_attempt_at = CASE WHEN translation <> 'Pending' THEN NULL ELSE next_attempt_at END
        """;

    public const string TranslationSet = """
        translation = @state, german_text = @german, machine_translated = @machine,
        next_attempt_at = CASE WHEN analysis <> 'Pending' THEN NULL ELSE next_attempt_at END
        """;

    public const string DeferSet = """
        processing_attempts = @attempts,
        next_attempt_at = CASE WHEN analysis <> 'Pending' AND translation <> 'Pending' THEN NULL ELSE @next END
        """;

    public static string Json(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static Idea Read(DbDataReader r, Func<DbDataReader, int, Guid> id, Func<DbDataReader, int, DateTimeOffset> time) => new()
    {
        Id = id(r, 0),
        Reference = r.GetString(1),
        Text = r.GetString(2),
        Language = r.GetString(3),
        Channel = r.GetString(4),
        Author = r.IsDBNull(6) ? null : new ChannelUser(r.GetString(5), r.GetString(6)),
        AuthorName = Text(r, 7),
        AuthorContact = Text(r, 8),
        Neighbourhood = Text(r, 9),
        SuggestedField = Text(r, 10),
        Field = r.GetString(11),
        ConsentAt = time(r, 12),
        SubmittedAt = time(r, 13),
        UpdatedAt = time(r, 14),
        Analysis = Enum.Parse<AnalysisState>(r.GetString(15)),
        DetectedLanguage = Text(r, 16),
        KeyPhrases = List(r.GetString(17)),
        RedactedText = Text(r, 18),
        Translation = Enum.Parse<TranslationState>(r.GetString(19)),
        GermanText = Text(r, 20),
        MachineTranslated = r.GetBoolean(21),
        ProcessingAttempts = r.GetInt32(22),
        NextAttemptAt = r.IsDBNull(23) ? null : time(r, 23),
        Status = Enum.Parse<IdeaStatus>(r.GetString(24)),
        Tags = List(r.GetString(25)),
        Notes = Text(r, 26),
    };

    /// <summary>
    /// The WHERE clause (without the keyword; "TRUE" when nothing filters) and its parameters for <paramref name="query"/>.
    /// <paramref name="time"/> turns an instant into the provider's value; <paramref name="contains"/> writes "column
    /// contains @text" with the search text already folded by <see cref="IdeaFilter.Fold"/>.
    /// </summary>
    public static (string Where, List<(string Name, object Value)> Parameters) Where(
        IdeaQuery query, Func<DateTimeOffset, object> time, Func<string, string> contains)
    {
        var where = new StringBuilder("1 = 1");
        var parameters = new List<(string, object)>();
        void Add(string condition, string name, object value)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }
        if (query.Status is { } status)
            Add("status = @status", "status", status.ToString());
        if (query.Field is { } field)
            Add("field = @field", "field", field);
        if (query.Language is { } language)
            Add("(language = @language OR detected_language = @language)", "language", language);
        if (query.From is { } from)
            Add("submitted_at >= @from", "from", time(from));
        if (query.To is { } to)
            Add("submitted_at < @to", "to", time(to));
        if (!string.IsNullOrEmpty(query.Text))
            Add($"({contains("text")} OR {contains("german_text")})", "text", IdeaFilter.Fold(query.Text));
        return (where.ToString(), parameters);
    }

    public static string Paging(IdeaQuery query) =>
        string.Create(CultureInfo.InvariantCulture, $"ORDER BY submitted_at DESC, id DESC LIMIT {Math.Clamp(query.Limit, 1, IdeaQuery.MaxLimit)} OFFSET {Math.Max(query.Offset, 0)}");

    private static string? Text(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static List<string> List(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
