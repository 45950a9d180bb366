using IntegrationBot.TextAnalytics;

namespace IntegrationBot.Ideas.Processing;

/// <summary>
/// Completes stored ideas in batches: language, key phrases and redacted text from the analyser, then a German
/// machine translation of every idea not written in German. A service that is down only postpones the work: what
/// succeeded is saved, the rest stays pending and the idea is tried again after an exponential back-off.
/// </summary>
public sealed class IdeaProcessor(
    IIdeaProcessingStore store, ITextAnalyzer analyzer, ITranslator translator, TimeProvider time, IdeaProcessingOptions options)
{
    public const string German = "de";

    /// <summary>Claims due ideas batch by batch until none is due (or the batch limit per run is reached).</summary>
    public async Task<IdeaProcessingReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = IdeaProcessingReport.Empty;
        for (var batch = 0; batch < options.MaxBatchesPerRun; batch++)
        {
            var now = time.GetUtcNow();
            var due = await store.ClaimDueAsync(now, options.BatchSize, options.ClaimLease, cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
                break;
            report += await ProcessAsync(due, now, cancellationToken).ConfigureAwait(false);
            if (due.Count < options.BatchSize)
                break;
        }
        return report;
    }

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1: the base delay doubled per attempt, capped.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = options.RetryBaseDelay.TotalMilliseconds * factor;
        return TimeSpan.FromMilliseconds(Math.Min(delay, options.RetryMaxDelay.TotalMilliseconds));
    }

    private async Task<IdeaProcessingReport> ProcessAsync(IReadOnlyList<Idea> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var working = due.ToDictionary(i => i.Id);
        var analyzerDown = await AnalyseAsync(working, cancellationToken).ConfigureAwait(false);
        var translatorDown = await TranslateAsync(working, cancellationToken).ConfigureAwait(false);

        var deferred = 0;
        foreach (var idea in working.Values.Where(i => !IsComplete(i)))
        {
            var attempts = idea.ProcessingAttempts + 1;
            await store.DeferAsync(idea.Id, now + BackoffAfter(attempts), attempts, cancellationToken).ConfigureAwait(false);
            deferred++;
        }
        return new IdeaProcessingReport(due.Count, due.Count - deferred, deferred, analyzerDown, translatorDown);
    }

    /// <summary>Analyses the pending ones; true when the analyser was unavailable.</summary>
    private async Task<bool> AnalyseAsync(Dictionary<Guid, Idea> working, CancellationToken cancellationToken)
    {
        var pending = working.Values.Where(i => i.Analysis == AnalysisState.Pending).ToList();
        if (pending.Count == 0)
            return false;
        IReadOnlyList<DocumentAnalysis> results;
        try
        {
            results = await analyzer.AnalyzeAsync([.. pending.Select(i => new TextDocument(DocumentId(i), i.Text, i.Language))], cancellationToken).ConfigureAwait(false);
        }
        catch (TextServiceUnavailableException)
        {
            return true;
        }

        foreach (var idea in pending)
        {
            // A document the answer leaves out stays pending: that is the service's fault, not the text's.
            if (results.FirstOrDefault(r => r.Id == DocumentId(idea)) is not { } result)
                continue;
            var analysis = result.Result is { } found
                ? new IdeaAnalysis(AnalysisState.Done, found.Language.Code, found.KeyPhrases, found.RedactedText)
                : IdeaAnalysis.Failed;
            if (await store.SaveAnalysisAsync(idea.Id, analysis, cancellationToken).ConfigureAwait(false))
                working[idea.Id] = idea with { Analysis = analysis.State, DetectedLanguage = analysis.DetectedLanguage };
        }
        return false;
    }

    /// <summary>Translates the pending ones into German; true when the translator was unavailable.</summary>
    private async Task<bool> TranslateAsync(Dictionary<Guid, Idea> working, CancellationToken cancellationToken)
    {
        var toTranslate = new List<(Idea Idea, string? From)>();
        foreach (var idea in working.Values.Where(i => i.Translation == TranslationState.Pending))
        {
            var decision = Decide(idea);
            if (decision.Outcome is { } outcome)
                await SaveTranslationAsync(working, idea, outcome, cancellationToken).ConfigureAwait(false);
            else if (decision.Translate)
                toTranslate.Add((idea, decision.From));
        }

        foreach (var group in toTranslate.GroupBy(t => t.From))
        {
            var ideas = group.Select(t => t.Idea).ToList();
            IReadOnlyList<TranslationResult> results;
            try
            {
                results = await translator.TranslateAsync([.. ideas.Select(i => i.Text)], German, group.Key, cancellationToken).ConfigureAwait(false);
            }
            catch (TextServiceUnavailableException)
            {
                return true;
            }
            for (var i = 0; i < ideas.Count && i < results.Count; i++)
                await SaveTranslationAsync(working, ideas[i], Outcome(results[i], group.Key), cancellationToken).ConfigureAwait(false);
        }
        return false;
    }

    /// <summary>
    /// What to do with an idea's translation now. The detected language decides; while the analysis is still pending an
    /// idea from a German conversation waits for it (it is most likely German), any other goes to the translator, which
    /// detects the language itself.
    /// </summary>
    private (IdeaTranslation? Outcome, bool Translate, string? From) Decide(Idea idea)
    {
        var language = idea.Analysis switch
        {
            AnalysisState.Done when Known(idea.DetectedLanguage) is { } detected => detected,
            AnalysisState.Pending => null,
            _ => Known(idea.Language),
        };
        if (language == German)
            return (IdeaTranslation.NotNeeded, false, null);
        if (language is null && Known(idea.Language) == German)
            return (null, false, null);
        if (!translator.IsConfigured)
            return (IdeaTranslation.NotConfigured, false, null);
        return (null, true, language);
    }

    private static IdeaTranslation Outcome(TranslationResult result, string? from) => result switch
    {
        { Error: not null } or { Text: null } => IdeaTranslation.Failed,
        _ when from is null && Known(result.DetectedLanguage) == German => IdeaTranslation.NotNeeded,
        _ => IdeaTranslation.Machine(result.Text),
    };

    private async Task SaveTranslationAsync(Dictionary<Guid, Idea> working, Idea idea, IdeaTranslation translation, CancellationToken cancellationToken)
    {
        if (await store.SaveTranslationAsync(idea.Id, translation, cancellationToken).ConfigureAwait(false))
            working[idea.Id] = working[idea.Id] with { Translation = translation.State };
    }

    /// <summary>The primary language subtag ("pt-BR" → "pt"), or null when unknown.</summary>
    private static string? Known(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code == DetectedLanguage.UndeterminedCode)
            return null;
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant();
    }

    private static bool IsComplete(Idea idea) => idea.Analysis != AnalysisState.Pending && idea.Translation != TranslationState.Pending;

    private static string DocumentId(Idea idea) => idea.Id.ToString("N");
}

/// <summary>What one run did: ideas claimed, completed and deferred, and which service was unavailable.</summary>
public sealed record IdeaProcessingReport(int Claimed, int Completed, int Deferred, bool AnalyzerUnavailable, bool TranslatorUnavailable)
{
    public static IdeaProcessingReport Empty { get; } = new(0, 0, 0, false, false);

    public static IdeaProcessingReport operator +(IdeaProcessingReport a, IdeaProcessingReport b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Claimed + b.Claimed, a.Completed + b.Completed, a.Deferred + b.Deferred,
            a.AnalyzerUnavailable || b.AnalyzerUnavailable, a.TranslatorUnavailable || b.TranslatorUnavailable);
    }
}
