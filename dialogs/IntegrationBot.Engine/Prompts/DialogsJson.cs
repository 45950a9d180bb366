using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IntegrationBot.Engine.Prompts;

[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class DialogsJsonContext : JsonSerializerContext;

internal static class DialogsJson
{
    public static JsonTypeInfo<string> StringInfo => DialogsJsonContext.Default.String;

    public static JsonTypeInfo<JsonNode> NodeInfo => DialogsJsonContext.Default.JsonNode;
}
