using System.Text.Json;

namespace IntegrationBot.Host.Teams;

/// <summary>The <c>value.action</c> of an <c>adaptiveCard/action</c> invoke: its data (inputs merged in), title and verb.</summary>
internal sealed record CardAction(JsonElement Data, string? Title, string? Verb)
{
    private static readonly JsonElement NoData = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Null when <c>value.action</c> is missing; an Action.Execute without data (a bare verb) is valid and submits nothing.</summary>
    public static CardAction? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } obj
            || !obj.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
            return null;
        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : NoData;
        return new CardAction(data, String(action, "title"), String(action, "verb"));
    }

    private static string? String(JsonElement action, string name) =>
        action.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
}
