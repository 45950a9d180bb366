using System.Text.Json;

namespace IntegrationBot.Storage.Audit;

/// <summary>How audit details map to their JSON column (both providers).</summary>
internal static class AuditRows
{
    public static string Json(IReadOnlyDictionary<string, string>? details) =>
        JsonSerializer.Serialize(details ?? new Dictionary<string, string>());

    public static IReadOnlyDictionary<string, string> Details(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
