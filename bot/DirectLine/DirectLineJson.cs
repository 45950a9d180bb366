using System.Text.Json.Serialization;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.DirectLine;

/// <summary>Direct Line's own payloads (activities themselves go through <see cref="BotJson.Context"/>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(DirectLineRequestBody))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenClaims))]
internal sealed partial class DirectLineJson : JsonSerializerContext;

/// <summary>
/// The answer of tokens/generate, tokens/refresh, POST conversations and GET conversations/{id}
/// (the last two with <see cref="StreamUrl"/>). directlinejs replaces its token with <see cref="Token"/>.
/// </summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

/// <summary>Optional body of tokens/generate (<c>user</c>, <c>trustedOrigins</c>) and POST conversations (<c>user</c>, <c>locale</c>).</summary>
public sealed record DirectLineRequestBody(ChannelAccount? User, string? Locale, IReadOnlyList<string>? TrustedOrigins);

/// <summary>The Connector error shape: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ErrorBody Error);

public sealed record ErrorBody(string Code, string Message);
