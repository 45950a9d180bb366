namespace IntegrationBot.TextAnalytics;

/// <summary>
/// The translator when <c>Translator:Provider</c> is None: callers check <see cref="IsConfigured"/> and keep the
/// original text; calling it anyway is a programming error.
/// </summary>
public sealed class NoTranslator : ITranslator
{
    public bool IsConfigured => false;

    public Task<IReadOnlyList<TranslationResult>> TranslateAsync(
        IReadOnlyList<string> texts, string to, string? from, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No translator is configured (Translator:Provider is None); check ITranslator.IsConfigured first.");
}
