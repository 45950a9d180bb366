using System.Text.Json;

namespace IntegrationBot.TextAnalytics.Azure;

/// <summary>
/// The error object both services use: <c>{"error":{"code","message","innererror"?}}</c>. Azure AI Language's codes
/// are words (the inner error is the precise one); Translator's are six-digit numbers (HTTP status + sub-code).
/// </summary>
internal static class ServiceErrorBody
{
    public static DocumentError From(JsonElement error)
    {
        if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("innererror", out var inner) && inner.ValueKind == JsonValueKind.Object)
            return From(inner);
        var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c)
            ? c.ValueKind == JsonValueKind.String ? c.GetString() : c.GetRawText()
            : null;
        var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString()
            : null;
        return new DocumentError(code ?? "Unknown", message ?? "");
    }

    /// <summary>The error of a refused request; falls back to the HTTP status when the body is not the documented shape.</summary>
    public static async Task<DocumentError> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var fallback = new DocumentError(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), response.ReasonPhrase ?? "");
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error)
                ? From(error)
                : fallback;
        }
        catch (JsonException)
        {
            return fallback;
        }
    }
}
