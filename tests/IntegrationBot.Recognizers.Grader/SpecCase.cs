using System.Text.Json;

namespace IntegrationBot.Recognizers.Grader;

/// <summary>One line of a recognizer-specs <c>.jsonl</c> file (see shared/recognizer-specs/README.md).</summary>
public sealed record SpecCase(
    string Id,
    string Language,
    string Model,
    string Input,
    System.DateTime? Reference,
    IReadOnlyList<SpecResult> Results,
    bool IgnoreResolution);

/// <summary>An expected entity; the resolution stays raw JSON because each model keys different fields.</summary>
public sealed record SpecResult(string Text, string TypeName, JsonElement Resolution);
