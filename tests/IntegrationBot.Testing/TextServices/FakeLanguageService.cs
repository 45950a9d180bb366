using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationBot.Testing.TextServices;

/// <summary>
/// A fake Azure AI Language resource: <c>POST /language/:analyze-text</c> (sync) for LanguageDetection,
/// KeyPhraseExtraction and PiiEntityRecognition, speaking the documented contract (shared/docs/botframework-protocol.md
/// §7.1): key header, api-version, request shape and batch limits are checked (401/400 with the service's error body);
/// per-document problems come back inside a 200's <c>results.errors</c>.
/// </summary>
public sealed class FakeLanguageService(string key = FakeLanguageService.DefaultKey) : FakeTextService
{
    public const string DefaultKey = "fake-language-key";
    public const string ModelVersion = "2023-04-15";

    private static readonly Dictionary<string, int> BatchLimits = new(StringComparer.Ordinal)
    {
        ["LanguageDetection"] = 1000,
        ["KeyPhraseExtraction"] = 10,
        ["PiiEntityRecognition"] = 5,
    };

    private static readonly HashSet<string> ApiVersions = ["2022-05-01", "2023-04-01", "2024-11-01"];
    private static readonly HashSet<string> IndexTypes = ["TextElements_v8", "UnicodeCodePoint", "Utf16CodeUnit"];

    private readonly ConcurrentDictionary<(string Id, string Kind), (string Code, string Message)> _rejections = new();

    public string Key => key;

    public static async Task<FakeLanguageService> StartNewAsync(string key = DefaultKey)
    {
        var service = new FakeLanguageService(key);
        await service.StartAsync();
        return service;
    }

    /// <summary>
    /// Document <paramref name="id"/> comes back in <c>results.errors</c> (inside a 200) for <paramref name="kind"/>,
    /// or for every kind when it is null, until <see cref="ClearRejections"/>.
    /// </summary>
    public void RejectDocument(string id, string? kind = null, string code = "UnsupportedLanguageCode", string message = "Invalid language code.") =>
        _rejections[(id, kind ?? "*")] = (code, message);

    public void ClearRejections() => _rejections.Clear();

    protected override void Map(WebApplication app) => app.MapPost("/language/:analyze-text", HandleAsync);

    protected override JsonObject ErrorBody(HttpStatusCode status, string? code = null, string? message = null)
    {
        var outer = status switch
        {
            HttpStatusCode.BadRequest => "InvalidArgument",
            HttpStatusCode.Unauthorized => "Unauthorized",
            HttpStatusCode.Forbidden => "Forbidden",
            HttpStatusCode.RequestTimeout => "Timeout",
            HttpStatusCode.TooManyRequests => "TooManyRequests",
            HttpStatusCode.ServiceUnavailable => "ServiceUnavailable",
            _ => "InternalServerError",
        };
        var error = new JsonObject { ["code"] = outer, ["message"] = message ?? $"Fake {outer}." };
        if (code is not null)
            error["innererror"] = new JsonObject { ["code"] = code, ["message"] = message ?? code };
        return new JsonObject { ["error"] = error };
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Headers["Ocp-Apim-Subscription-Key"] != Key)
        {
            Record(new FakeRequest("Unauthorized", 0, [], HeadersOf(context), context.Request.QueryString.Value ?? "", null));
            await WriteErrorAsync(context, HttpStatusCode.Unauthorized, message: "Access denied due to invalid subscription key or wrong API endpoint.");
            return;
        }
        var body = await ReadBodyAsync(context);
        var kind = body?["kind"]?.GetValue<string>() ?? "";
        var documents = body?["analysisInput"]?["documents"] as JsonArray;
        var ids = documents?.Select(d => d?["id"]?.GetValue<string>() ?? "").ToList() ?? [];
        Record(new FakeRequest(kind, ids.Count, ids, HeadersOf(context, "Ocp-Apim-Subscription-Key", "Content-Type"), context.Request.QueryString.Value ?? "", body));

        if (await PlayFaultAsync(context, kind))
            return;
        if (Invalid(context, body, kind, documents, ids) is { } problem)
        {
            await WriteErrorAsync(context, HttpStatusCode.BadRequest, problem.Code, problem.Message);
            return;
        }
        var indexType = body!["parameters"]?["stringIndexType"]?.GetValue<string>() ?? "TextElements_v8";
        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in documents!)
        {
            var id = document!["id"]!.GetValue<string>();
            var text = document["text"]?.GetValue<string>() ?? "";
            if (DocumentProblem(id, kind, text) is { } error)
                errors.Add(new JsonObject { ["id"] = id, ["error"] = ErrorBody(HttpStatusCode.BadRequest, error.Code, error.Message)["error"]!.DeepClone() });
            else
                results.Add(Analyse(kind, id, text, indexType));
        }
        var envelope = new JsonObject
        {
            ["kind"] = kind + "Results",
            ["results"] = new JsonObject { ["documents"] = results, ["errors"] = errors, ["modelVersion"] = ModelVersion },
        };
        await WriteJsonAsync(context, envelope);
    }

    private static (string Code, string Message)? Invalid(HttpContext context, JsonNode? body, string kind, JsonArray? documents, List<string> ids)
    {
        var version = context.Request.Query["api-version"].ToString();
        if (!ApiVersions.Contains(version))
            return ("UnsupportedApiVersion", $"The api-version '{version}' is not supported.");
        if (body is null)
            return ("InvalidRequestBodyFormat", "Request body is not valid JSON.");
        if (!BatchLimits.TryGetValue(kind, out var limit))
            return ("InvalidParameterValue", $"Kind '{kind}' is not supported by this fake.");
        if (body["parameters"]?["stringIndexType"]?.GetValue<string>() is { } indexType && !IndexTypes.Contains(indexType))
            return ("InvalidParameterValue", "Invalid stringIndexType.");
        if (documents is null || documents.Count == 0)
            return ("MissingInputDocuments", "Missing input documents.");
        if (documents.Count > limit)
            return ("InvalidDocumentBatch", $"Batch request contains too many records. Max {limit} records are permitted.");
        if (ids.Any(string.IsNullOrEmpty) || ids.Distinct().Count() != ids.Count)
            return ("InvalidDocument", "Request contains duplicated or missing Ids. Make sure each document has a unique Id.");
        return null;
    }

    private (string Code, string Message)? DocumentProblem(string id, string kind, string text)
    {
        if (_rejections.TryGetValue((id, kind), out var scripted) || _rejections.TryGetValue((id, "*"), out scripted))
            return scripted;
        if (string.IsNullOrWhiteSpace(text))
            return ("InvalidDocument", "Document text is empty.");
        if (new StringInfo(text).LengthInTextElements > 5120)
            return ("InvalidDocument", "A document within the request was too large to be processed. Limit document size to: 5120 text elements.");
        return null;
    }

    private static JsonObject Analyse(string kind, string id, string text, string indexType)
    {
        var result = new JsonObject { ["id"] = id };
        switch (kind)
        {
            case "LanguageDetection":
                var (code, name, confidence) = FakeLanguageAnalysis.DetectLanguage(text);
                result["detectedLanguage"] = new JsonObject { ["name"] = name, ["iso6391Name"] = code, ["confidenceScore"] = confidence };
                break;
            case "KeyPhraseExtraction":
                result["keyPhrases"] = new JsonArray([.. FakeLanguageAnalysis.KeyPhrases(text).Select(p => JsonValue.Create(p))]);
                break;
            default:
                var spans = FakeLanguageAnalysis.Pii(text);
                result["redactedText"] = FakeLanguageAnalysis.Redact(text, spans);
                result["entities"] = new JsonArray([.. spans.Select(s => (JsonNode)new JsonObject
                {
                    ["text"] = text.Substring(s.Offset, s.Length),
                    ["category"] = s.Category,
                    ["offset"] = FakeLanguageAnalysis.ToIndex(text, s.Offset, indexType),
                    ["length"] = FakeLanguageAnalysis.ToIndex(text, s.Offset + s.Length, indexType) - FakeLanguageAnalysis.ToIndex(text, s.Offset, indexType),
                    ["confidenceScore"] = 0.9,
                })]);
                break;
        }
        result["warnings"] = new JsonArray();
        return result;
    }
}
