namespace IntegrationBot.TextAnalytics.Azure;

// Translator v3 /translate: the request element and the response element (same order as the request).

internal sealed record TranslateInput(string Text);

internal sealed record TranslateResult(TranslateDetected? DetectedLanguage, IReadOnlyList<TranslateTranslation>? Translations);

internal sealed record TranslateDetected(string? Language, double Score);

internal sealed record TranslateTranslation(string? Text, string? To);
