using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationBot.Domain;

/// <summary>How domain records are written as JSON (seed files, the stores' JSON columns, the coordinator API).</summary>
public static class DomainJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
