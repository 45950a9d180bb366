using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationBot.Testing.TextServices;

/// <summary>
/// A fake Azure AI Translator v3: <c>POST /translate?api-version=3.0&amp;to=..[&amp;from=..]</c> speaking the documented
/// contract (shared/docs/botframework-protocol.md §7.2): key and (when <see cref="Region"/> is set) region headers,
/// api-version, target language, at most 1,000 elements and 50,000 characters per target language; errors carry
/// the six-digit codes. The "translation" of a text is <c>"[to] text"</c>, in input order.
/// </summary>
public sealed class FakeTranslatorService(string key = FakeTranslatorService.DefaultKey, string? region = null) : FakeTextService
{
    public const string DefaultKey = "fake-translator-key";
    public const string Kind = "translate";

    public string Key => key;

    /// <summary>When set, requests must carry <c>Ocp-Apim-Subscription-Region</c> with this value.</summary>
    public string? Region => region;

    public static async Task<FakeTranslatorService> StartNewAsync(string key = DefaultKey, string? region = null)
    {
        var service = new FakeTranslatorService(key, region);
        await service.StartAsync();
        return service;
    }

    /// <summary>What the fake answers for <paramref name="text"/> translated to <paramref name="to"/>.</summary>
    public static string Translation(string text, string to) => $"[{to}] {text}";

    protected override void Map(WebApplication app) => app.MapPost("/translate", HandleAsync);

    protected override JsonObject ErrorBody(HttpStatusCode status, string? code = null, string? message = null) =>
        new()
        {
            ["error"] = new JsonObject
            {
                ["code"] = int.Parse(code ?? $"{(int)status}000", System.Globalization.CultureInfo.InvariantCulture),
                ["message"] = message ?? $"Fake error {(int)status}.",
            },
        };

    private async Task HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context);
        var texts = (body as JsonArray)?.Select(e => e?["Text"]?.GetValue<string>() ?? e?["text"]?.GetValue<string>()).ToList();
        Record(new FakeRequest(Kind, texts?.Count ?? 0, [],
            HeadersOf(context, "Ocp-Apim-Subscription-Key", "Ocp-Apim-Subscription-Region", "X-ClientTraceId", "Content-Type"),
            context.Request.QueryString.Value ?? "", body));

        var headers = context.Request.Headers;
        if (headers["Ocp-Apim-Subscription-Key"] != Key || (Region is not null && headers["Ocp-Apim-Subscription-Region"] != Region))
        {
            await WriteErrorAsync(context, HttpStatusCode.Unauthorized, "401000", "The request is not authorized because credentials are missing or invalid.");
            return;
        }
        if (await PlayFaultAsync(context, Kind))
            return;
        var query = context.Request.Query;
        var targets = query["to"].Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
        if (Invalid(query["api-version"].ToString(), targets, texts) is { } problem)
        {
            await WriteErrorAsync(context, HttpStatusCode.BadRequest, problem.Code, problem.Message);
            return;
        }
        var from = query["from"].ToString();
        var results = new JsonArray();
        foreach (var text in texts!)
        {
            var item = new JsonObject();
            if (string.IsNullOrEmpty(from))
            {
                var (code, _, confidence) = FakeLanguageAnalysis.DetectLanguage(text!);
                item["detectedLanguage"] = new JsonObject { ["language"] = code.StartsWith('(') ? "en" : code, ["score"] = confidence };
            }
            item["translations"] = new JsonArray([.. targets.Select(t => (JsonNode)new JsonObject { ["text"] = Translation(text!, t), ["to"] = t })]);
            results.Add(item);
        }
        await WriteJsonAsync(context, results);
    }

    private static (string Code, string Message)? Invalid(string apiVersion, List<string> targets, List<string?>? texts)
    {
        if (apiVersion != "3.0")
            return ("400021", "The API version parameter is missing or invalid.");
        if (targets.Count == 0)
            return ("400036", "The target language (\"To\" field) is missing or invalid.");
        if (texts is null || texts.Any(t => t is null))
            return ("400074", "The body of the request is not valid JSON.");
        if (texts.Count > 1000)
            return ("400077", "The maximum request size has been exceeded.");
        if (texts.Sum(t => t!.Length) * targets.Count > 50_000)
            return ("400050", "The input text is too long.");
        return null;
    }
}
