using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationBot.TextAnalytics.Azure;

// The analyze-text (sync) request and response shapes, as far as this adapter reads them (2023-04-01).

internal sealed record AnalyzeTextRequest(string Kind, AnalyzeParameters Parameters, AnalysisInput AnalysisInput);

internal sealed record AnalyzeParameters(
    string ModelVersion,
    bool LoggingOptOut,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StringIndexType = null);

internal sealed record AnalysisInput(IReadOnlyList<InputDocument> Documents);

internal sealed record InputDocument(
    string Id,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CountryHint = null);

internal sealed record AnalyzeTextResponse(string? Kind, AnalyzeResults? Results);

internal sealed record AnalyzeResults(IReadOnlyList<ResultDocument>? Documents, IReadOnlyList<ResultError>? Errors);

internal sealed record ResultDocument(
    string Id,
    LanguageResult? DetectedLanguage,
    IReadOnlyList<string>? KeyPhrases,
    string? RedactedText,
    IReadOnlyList<EntityResult>? Entities);

internal sealed record LanguageResult(string? Name, string? Iso6391Name, double ConfidenceScore);

internal sealed record EntityResult(string? Category, int Offset, int Length);

internal sealed record ResultError(string Id, JsonElement Error);

internal static class LanguageKinds
{
    public const string LanguageDetection = nameof(LanguageDetection);
    public const string KeyPhraseExtraction = nameof(KeyPhraseExtraction);
    public const string PiiEntityRecognition = nameof(PiiEntityRecognition);

    /// <summary>Documents per synchronous request (service data limits; more is refused with HTTP 400).</summary>
    public static int MaxDocuments(string kind) => kind switch
    {
        LanguageDetection => 1000,
        KeyPhraseExtraction => 10,
        _ => 5,
    };
}
