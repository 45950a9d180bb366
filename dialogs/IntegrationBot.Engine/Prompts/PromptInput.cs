using System.Text.Json;
using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Prompts;

/// <summary>
/// An answer as typed or clicked: the message text, and what a button or card submit carried in <c>value</c>
/// (<c>{"choice": ...}</c>, <c>{"command": ...}</c>, or card inputs such as <c>{"answer": ...}</c>).
/// </summary>
/// <param name="Page">A card's "more"/"back" button: show that page of the choices (<see cref="PromptCard"/>).</param>
public sealed record PromptInput(string Text, string? Choice, string? Command, string? Answer, int? Page = null)
{
    public static PromptInput From(Activity activity)
    {
        var value = ParseValue(activity.Value);
        var answer = Read(value, "answer");
        var page = int.TryParse(Read(value, PromptCard.PageVerb), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        return new PromptInput(activity.Text ?? answer ?? string.Empty, Read(value, "choice"), Read(value, "command"), answer, page);
    }

    // Teams may deliver messageBack values as a JSON string that contains JSON (protocol notes §1.1).
    private static JsonElement? ParseValue(JsonElement? value)
    {
        if (value is not { } element)
            return null;
        if (element.ValueKind == JsonValueKind.String)
        {
            try
            {
                return JsonDocument.Parse(element.GetString()!).RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }
        return element.ValueKind == JsonValueKind.Object ? element : null;
    }

    private static string? Read(JsonElement? value, string name) =>
        value is { } obj && obj.TryGetProperty(name, out var property)
            ? property.ValueKind switch
            {
                JsonValueKind.String => property.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.GetRawText(),
                _ => null,
            }
            : null;
}
