using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.DirectLine;

/// <summary>What a token allows: a Bearer token for one conversation, or a one-off ticket in a <c>streamUrl</c>.</summary>
public enum TokenPurpose
{
    Conversation,
    Stream,
}

/// <summary>The validated content of a token.</summary>
public sealed record TokenGrant(TokenPurpose Purpose, string ConversationId, string? UserId, DateTimeOffset ExpiresAt);

/// <summary>Why a presented token was not accepted.</summary>
public enum TokenRejection
{
    None,
    Invalid,
    Expired,
}

/// <summary>
/// Issues and validates tokens: <c>base64url(claims JSON) "." base64url(HMAC-SHA256)</c>. The signing key is derived
/// from the Direct Line secret, so every instance sharing the secret accepts the tokens of the others (scale-out) and
/// tokens outlive a restart, while no token reveals or can be turned into the secret. Tokens are opaque to clients
/// (directlinejs only tries to read a JWT <c>user</c> claim and ignores tokens it cannot decode).
/// </summary>
public sealed class DirectLineTokens(DirectLineSecret secret, TimeProvider time, IOptions<DirectLineOptions> options)
{
    private readonly byte[] _key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret.Value), "IntegrationBot.DirectLine.Token.v1"u8);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string? userId) =>
        Issue(TokenPurpose.Conversation, conversationId, userId, options.Value.TokenLifetime);

    public string IssueStreamTicket(string conversationId, string? userId) =>
        Issue(TokenPurpose.Stream, conversationId, userId, options.Value.StreamUrlLifetime);

    public TokenRejection Validate(string token, TokenPurpose purpose, out TokenGrant? grant)
    {
        grant = null;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Base64Url.IsValid(token.AsSpan(0, dot)) || !Base64Url.IsValid(token.AsSpan(dot + 1)))
            return TokenRejection.Invalid;

        var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
        var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
            return TokenRejection.Invalid;

        var claims = JsonSerializer.Deserialize(payload, DirectLineJson.Default.TokenClaims);
        if (claims is null || claims.Purpose != purpose || string.IsNullOrEmpty(claims.Conversation))
            return TokenRejection.Invalid;

        grant = new TokenGrant(claims.Purpose, claims.Conversation, claims.User, DateTimeOffset.FromUnixTimeSeconds(claims.Expires));
        return time.GetUtcNow() < grant.ExpiresAt ? TokenRejection.None : TokenRejection.Expired;
    }

    private string Issue(TokenPurpose purpose, string conversationId, string? userId, TimeSpan lifetime)
    {
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var claims = new TokenClaims(purpose, conversationId, userId, expires, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)));
        var payload = JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJson.Default.TokenClaims);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }
}

/// <summary>The signed content of a token; the nonce makes every token unique.</summary>
internal sealed record TokenClaims(TokenPurpose Purpose, string Conversation, string? User, long Expires, string Nonce);
