using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationBot.TextAnalytics.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationBot.TextAnalytics.Azure;

/// <summary>
/// Azure AI Translator v3 over REST: texts are sent in requests of at most 1,000 elements and 50,000 characters, and
/// come back in input order. A request the service refuses (4xx with an error body) gives every text in it that
/// error; a text longer than 50,000 characters is refused before sending. <see cref="TranslationResult.DetectedLanguage"/>
/// is the detected source language, or <c>from</c> when it was given.
/// </summary>
public sealed class AzureTranslator : ITranslator, IDisposable
{
    public const int MaxElements = 1000;
    public const int MaxCharacters = 50_000;
    private const string ServiceName = "Azure AI Translator";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly TranslatorOptions _options;
    private readonly TextServiceClient _client;

    /// <summary>The translator owns <paramref name="http"/> and disposes it (see <see cref="TextServiceHttp.CreateClient"/>).</summary>
    public AzureTranslator(HttpClient http, IOptions<TranslatorOptions> options, TimeProvider time, ILogger<AzureTranslator> logger)
    {
        _http = http;
        _options = options.Value;
        _client = new TextServiceClient(ServiceName, _options.Resilience, time, logger);
    }

    public bool IsConfigured => true;

    public async Task<IReadOnlyList<TranslationResult>> TranslateAsync(
        IReadOnlyList<string> texts, string to, string? from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        var results = new TranslationResult?[texts.Count];
        var pending = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].Length > MaxCharacters)
                results[i] = new TranslationResult(null, null, new DocumentError("400050", $"The text exceeds {MaxCharacters} characters."));
            else
                pending.Add(i);
        }

        var uri = TranslateUri(to, from);
        foreach (var batch in Batches.Split(pending, MaxElements, MaxCharacters, i => texts[i].Length))
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(batch.Select(i => new TranslateInput(texts[i])), Json);
            var traceId = Guid.NewGuid().ToString();
            using var response = await _client.SendAsync(_http, () => CreateRequest(uri, body, traceId), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var error = await ServiceErrorBody.ReadAsync(response, cancellationToken).ConfigureAwait(false);
                foreach (var i in batch)
                    results[i] = new TranslationResult(null, null, error);
                continue;
            }
            var translated = await ReadAsync(response, batch.Count, cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < batch.Count; k++)
                results[batch[k]] = ToResult(translated[k], from);
        }
        return results.Select(r => r!).ToList();
    }

    public void Dispose() => _http.Dispose();

    private Uri TranslateUri(string to, string? from)
    {
        var query = new StringBuilder("api-version=3.0&to=").Append(Uri.EscapeDataString(to));
        if (!string.IsNullOrWhiteSpace(from))
            query.Append("&from=").Append(Uri.EscapeDataString(from));
        return new Uri($"{_options.Endpoint.AbsoluteUri.TrimEnd('/')}/translate?{query}");
    }

    private HttpRequestMessage CreateRequest(Uri uri, byte[] body, string traceId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.Key);
        if (!string.IsNullOrWhiteSpace(_options.Region))
            request.Headers.Add("Ocp-Apim-Subscription-Region", _options.Region);
        request.Headers.Add("X-ClientTraceId", traceId);
        return request;
    }

    private static async Task<IReadOnlyList<TranslateResult>> ReadAsync(HttpResponseMessage response, int expected, CancellationToken cancellationToken)
    {
        try
        {
            var parsed = await response.Content.ReadFromJsonAsync<List<TranslateResult>>(Json, cancellationToken).ConfigureAwait(false);
            if (parsed is null || parsed.Count != expected)
                throw new JsonException($"Expected {expected} results, got {parsed?.Count ?? 0}.");
            return parsed;
        }
        catch (JsonException exception)
        {
            throw new TextServiceUnavailableException($"{ServiceName}: the response was not the documented shape.", exception);
        }
    }

    private static TranslationResult ToResult(TranslateResult result, string? from)
    {
        var text = result.Translations is [var first, ..] ? first.Text : null;
        var source = result.DetectedLanguage?.Language ?? from;
        return text is null
            ? new TranslationResult(null, source, new DocumentError("MissingResult", "The service returned no translation for this text."))
            : new TranslationResult(text, source);
    }
}
