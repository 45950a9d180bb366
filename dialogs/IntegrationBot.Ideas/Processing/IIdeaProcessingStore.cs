namespace IntegrationBot.Ideas.Processing;

/// <summary>
/// What the background job needs from the idea store. Ideas are claimed rather than just listed: a claim moves the
/// idea's next attempt to the end of a lease, so a second bot instance does not analyse or translate it at the same
/// time, and an instance that dies mid-run only delays the idea until the lease ends. Nothing is ever lost.
/// </summary>
public interface IIdeaProcessingStore
{
    /// <summary>
    /// Up to <paramref name="max"/> ideas whose analysis or translation is pending and whose next attempt is due at
    /// <paramref name="now"/>, oldest attempt first; their next attempt moves to <paramref name="now"/> + <paramref name="lease"/>.
    /// </summary>
    Task<IReadOnlyList<Idea>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records the analysis if the idea's analysis is still pending; false when it was not (or the idea is gone).</summary>
    Task<bool> SaveAnalysisAsync(Guid id, IdeaAnalysis analysis, CancellationToken cancellationToken);

    /// <summary>Records the translation if the idea's translation is still pending; false when it was not (or the idea is gone).</summary>
    Task<bool> SaveTranslationAsync(Guid id, IdeaTranslation translation, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps what is still pending for a later run: sets the attempt count and the next attempt. Once neither the analysis
    /// nor the translation is pending the idea leaves the queue by itself (its next attempt is cleared), so this is only
    /// for ideas a service could not finish.
    /// </summary>
    Task DeferAsync(Guid id, DateTimeOffset nextAttemptAt, int attempts, CancellationToken cancellationToken);
}

/// <summary>The outcome of analysing one idea: <see cref="AnalysisState.Done"/> with its findings, or <see cref="AnalysisState.Failed"/>.</summary>
public sealed record IdeaAnalysis(AnalysisState State, string? DetectedLanguage, IReadOnlyList<string> KeyPhrases, string? RedactedText)
{
    public static IdeaAnalysis Failed { get; } = new(AnalysisState.Failed, null, [], null);
}

/// <summary>The outcome of translating one idea into German (never <see cref="TranslationState.Pending"/>).</summary>
public sealed record IdeaTranslation(TranslationState State, string? GermanText = null, bool MachineTranslated = false)
{
    public static IdeaTranslation NotNeeded { get; } = new(TranslationState.NotNeeded);

    public static IdeaTranslation NotConfigured { get; } = new(TranslationState.NotConfigured);

    public static IdeaTranslation Failed { get; } = new(TranslationState.Failed);

    public static IdeaTranslation Machine(string germanText) => new(TranslationState.Done, germanText, MachineTranslated: true);
}
