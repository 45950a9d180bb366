using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationBot.TextAnalytics.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationBot.TextAnalytics.Azure;

/// <summary>
/// Azure AI Language over REST (analyze-text, synchronous): language detection first, then key phrases and PII
/// redaction in the detected language, each chunked to its per-request document limit. A document refused by any call
/// (inside a 200's <c>results.errors</c>, or with its whole batch by a 4xx) gets a <see cref="DocumentError"/>; the
/// others keep their results. Document ids must be unique within one call.
/// </summary>
public sealed class AzureLanguageAnalyzer : ITextAnalyzer, IDisposable
{
    private const string ServiceName = "Azure AI Language";

    // Request bodies stay under the service's 1 MB limit with room for the JSON around the texts.
    private const long MaxRequestBytes = 900_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly TextAnalyticsOptions _options;
    private readonly TextServiceClient _client;
    private readonly Uri _analyzeUri;

    /// <summary>The analyser owns <paramref name="http"/> and disposes it (see <see cref="TextServiceHttp.CreateClient"/>).</summary>
    public AzureLanguageAnalyzer(HttpClient http, IOptions<TextAnalyticsOptions> options, TimeProvider time, ILogger<AzureLanguageAnalyzer> logger)
    {
        _http = http;
        _options = options.Value;
        _client = new TextServiceClient(ServiceName, _options.Resilience, time, logger);
        var endpoint = _options.Endpoint ?? throw new InvalidOperationException("TextAnalytics:Endpoint is not configured.");
        _analyzeUri = new Uri($"{endpoint.AbsoluteUri.TrimEnd('/')}/language/:analyze-text?api-version={Uri.EscapeDataString(_options.ApiVersion)}");
    }

    public async Task<IReadOnlyList<DocumentAnalysis>> AnalyzeAsync(IReadOnlyList<TextDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() != documents.Count)
            throw new ArgumentException("Document ids must be unique within one call.", nameof(documents));

        var states = documents.Select(d => new LanguageDocumentState(d)).ToList();
        foreach (var state in states)
            state.RejectIfUnfit();

        var parameters = new AnalyzeParameters(_options.ModelVersion, _options.LoggingOptOut);
        await RunAsync(LanguageKinds.LanguageDetection, states, parameters,
            s => new InputDocument(s.Document.Id, s.Document.Text, CountryHint: _options.CountryHint),
            (s, r) => s.Language = ToLanguage(r.DetectedLanguage), cancellationToken).ConfigureAwait(false);

        await RunAsync(LanguageKinds.KeyPhraseExtraction, states, parameters,
            s => new InputDocument(s.Document.Id, s.Document.Text, Language: AnalysisLanguage(s)),
            (s, r) => s.KeyPhrases = r.KeyPhrases ?? [], cancellationToken).ConfigureAwait(false);

        // UTF-16 offsets index C# strings directly; the default (text elements) would need StringInfo on every entity.
        await RunAsync(LanguageKinds.PiiEntityRecognition, states, parameters with { StringIndexType = "Utf16CodeUnit" },
            s => new InputDocument(s.Document.Id, s.Document.Text, Language: AnalysisLanguage(s)),
            (s, r) =>
            {
                s.RedactedText = r.RedactedText;
                s.Entities = (r.Entities ?? []).Select(e => new PiiEntity(e.Category ?? "Unknown", e.Offset, e.Length)).ToList();
            },
            cancellationToken).ConfigureAwait(false);

        return states.Select(s => s.ToAnalysis()).ToList();
    }

    private async Task RunAsync(
        string kind,
        IReadOnlyList<LanguageDocumentState> states,
        AnalyzeParameters parameters,
        Func<LanguageDocumentState, InputDocument> input,
        Action<LanguageDocumentState, ResultDocument> apply,
        CancellationToken cancellationToken)
    {
        var pending = states.Where(s => !s.Failed).ToList();
        var batches = Batches.Split(pending, LanguageKinds.MaxDocuments(kind), MaxRequestBytes, s => Encoding.UTF8.GetByteCount(s.Document.Text) + 100);
        foreach (var batch in batches)
        {
            var request = new AnalyzeTextRequest(kind, parameters, new AnalysisInput(batch.Select(input).ToList()));
            var body = JsonSerializer.SerializeToUtf8Bytes(request, Json);
            using var response = await _client.SendAsync(_http, () => CreateRequest(body), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var error = await ServiceErrorBody.ReadAsync(response, cancellationToken).ConfigureAwait(false);
                foreach (var state in batch)
                    state.Fail(error);
                continue;
            }
            var results = await ReadResultsAsync(response, cancellationToken).ConfigureAwait(false);
            var byId = batch.ToDictionary(s => s.Document.Id, StringComparer.Ordinal);
            foreach (var document in results.Documents ?? [])
            {
                if (byId.TryGetValue(document.Id, out var state))
                    apply(state, document);
            }
            foreach (var error in results.Errors ?? [])
            {
                if (byId.TryGetValue(error.Id, out var state))
                    state.Fail(ServiceErrorBody.From(error.Error));
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage CreateRequest(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _analyzeUri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.Key);
        return request;
    }

    private static async Task<AnalyzeResults> ReadResultsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var parsed = await response.Content.ReadFromJsonAsync<AnalyzeTextResponse>(Json, cancellationToken).ConfigureAwait(false);
            return parsed?.Results ?? throw new JsonException("The response has no results.");
        }
        catch (JsonException exception)
        {
            throw new TextServiceUnavailableException($"{ServiceName}: the response was not the documented shape.", exception);
        }
    }

    private static DetectedLanguage ToLanguage(LanguageResult? detected) =>
        detected is { Iso6391Name: { Length: > 0 } code } && !code.StartsWith('(')
            ? new DetectedLanguage(code, detected.ConfidenceScore)
            : new DetectedLanguage(DetectedLanguage.UndeterminedCode, 0);

    // "(Unknown)" from detection says nothing; the conversation's language is the next best guess.
    private string AnalysisLanguage(LanguageDocumentState state) =>
        state.Language is { Code: var code } && code != DetectedLanguage.UndeterminedCode
            ? code
            : state.Document.LanguageHint is { Length: >= 2 } hint ? hint.Split('-')[0].ToLowerInvariant() : _options.DefaultLanguage;
}
