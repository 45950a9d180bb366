using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationBot.Schema;

/// <summary>The one JSON setting of the wire: camelCase, nulls omitted, non-ASCII text unescaped.</summary>
public static class BotJson
{
    /// <summary>The source-generated context every Bot Framework payload is (de)serialized with.</summary>
    public static BotJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        // Arabic, Cyrillic and German text stays readable and compact; these bodies are never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonSerializerOptions Options => Context.Options;

    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, Context.Activity);

    public static byte[] SerializeToUtf8Bytes(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, Context.Activity);

    public static string Serialize(Activity activity) =>
        JsonSerializer.Serialize(activity, Context.Activity);
}

[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(InvokeResponse))]
public sealed partial class BotJsonContext : JsonSerializerContext;
