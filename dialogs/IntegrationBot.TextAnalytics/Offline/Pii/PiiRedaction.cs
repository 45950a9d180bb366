namespace IntegrationBot.TextAnalytics.Offline.Pii;

/// <summary>The text with every PII character replaced by '*' (same length), and the spans that were replaced.</summary>
public sealed record PiiRedaction(string RedactedText, IReadOnlyList<PiiEntity> Entities);
