using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Ideas;

/// <summary>Where coordinators are with an idea.</summary>
public enum IdeaStatus
{
    New,
    InReview,
    Answered,
    Merged,
    Rejected,
}

public enum AnalysisState
{
    /// <summary>Not analysed yet (or the analyser was unavailable): the background job will do it.</summary>
    Pending,
    Done,

    /// <summary>The analyser rejected the text (a per-document error); not retried.</summary>
    Failed,
}

public enum TranslationState
{
    /// <summary>Not translated yet (or the translator was unavailable): the background job will do it.</summary>
    Pending,
    Done,

    /// <summary>The idea is in German already.</summary>
    NotNeeded,

    /// <summary>No translation service is configured; coordinators read the original.</summary>
    NotConfigured,

    /// <summary>The translator rejected the text (a per-document error); not retried.</summary>
    Failed,
}

/// <summary>
/// An idea for a Handlungsfeld as stored: the text exactly as typed, stored before any analysis, then completed by the
/// background job (language, key phrases, redacted text, German translation) and reviewed by coordinators.
/// An anonymous idea has no <see cref="Author"/>, name or contact: nothing that identifies who wrote it.
/// </summary>
public sealed record Idea
{
    public required Guid Id { get; init; }

    /// <summary>Short reference told to the resident (same alphabet as booking codes).</summary>
    public required string Reference { get; init; }

    public required string Text { get; init; }

    /// <summary>The conversation's language when the idea was given (the language the resident was answered in).</summary>
    public required string Language { get; init; }

    public required string Channel { get; init; }
    public ChannelUser? Author { get; init; }
    public string? AuthorName { get; init; }
    public string? AuthorContact { get; init; }
    public string? Neighbourhood { get; init; }

    /// <summary>The Handlungsfeld the bot suggested from the text (code from <c>Handlungsfelder</c>), if any.</summary>
    public string? SuggestedField { get; init; }

    /// <summary>The Handlungsfeld the resident confirmed or picked (coordinators may change it).</summary>
    public required string Field { get; init; }

    public required DateTimeOffset ConsentAt { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public AnalysisState Analysis { get; init; }
    public string? DetectedLanguage { get; init; }
    public IReadOnlyList<string> KeyPhrases { get; init; } = [];
    public string? RedactedText { get; init; }

    public TranslationState Translation { get; init; }
    public string? GermanText { get; init; }
    public bool MachineTranslated { get; init; }

    /// <summary>How often the background job tried and when it may try next (after a service was unavailable).</summary>
    public int ProcessingAttempts { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }

    public IdeaStatus Status { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Notes { get; init; }

    public bool IsAnonymous => Author is null;
}
