using System.Text.Json.Nodes;

namespace IntegrationBot.Testing.TextServices;

/// <summary>
/// One request a fake service received: its kind (analyze-text kind, or "translate"), the document ids or the number
/// of texts, the headers that matter to the contract, the query string and the parsed body (null when unparseable).
/// </summary>
public sealed record FakeRequest(
    string Kind,
    int DocumentCount,
    IReadOnlyList<string> DocumentIds,
    IReadOnlyDictionary<string, string> Headers,
    string Query,
    JsonNode? Body);
