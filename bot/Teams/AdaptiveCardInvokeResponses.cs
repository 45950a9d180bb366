using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>
/// Answers to <c>adaptiveCard/action</c> (protocol notes §4.4): the HTTP status is always 200, the real status is the
/// body's <c>statusCode</c>, except for a malformed request, which the SDK answers with HTTP 400.
/// </summary>
internal static class AdaptiveCardInvokeResponses
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse Message(string text) =>
        Ok(new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = text });

    /// <summary>Replaces the card the user clicked with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonObject card) =>
        Ok(new JsonObject { ["statusCode"] = 200, ["type"] = CardType, ["value"] = card });

    public static InvokeResponse Card(JsonElement card) => Card(JsonNode.Parse(card.GetRawText())!.AsObject());

    public static InvokeResponse BadRequest(string message) => new(
        400,
        ToElement(new JsonObject
        {
            ["statusCode"] = 400,
            ["type"] = ErrorType,
            ["value"] = new JsonObject { ["code"] = "BadRequest", ["message"] = message },
        }));

    private static InvokeResponse Ok(JsonObject body) => new(200, ToElement(body));

    private static JsonElement ToElement(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}
