using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationBot.Contacts;

/// <summary>The JSON shape of the contacts data files and API: camelCase, topics by name.</summary>
public static class ContactsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
