using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IntegrationBot.Engine.Prompts;

[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class DialogsJsonContext : JsonSerializerContext;

internal static class DialogsJson
{
    // Escapes like the wire (BotJson): Arabic and Cyrillic stay characters, so sizes measured here are sizes sent.
    private static readonly DialogsJsonContext Wire = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static JsonTypeInfo<string> StringInfo => DialogsJsonContext.Default.String;

    public static JsonTypeInfo<JsonNode> NodeInfo => DialogsJsonContext.Default.JsonNode;

    /// <summary>Serialized size of a JSON string or node as Teams counts it (<see cref="TeamsMessageBudget.Measure"/>).</summary>
    public static int WireSize(string text) => TeamsMessageBudget.Measure(JsonSerializer.Serialize(text, Wire.String));

    public static int WireSize(JsonNode node) => TeamsMessageBudget.Measure(JsonSerializer.Serialize(node, Wire.JsonNode));
}
