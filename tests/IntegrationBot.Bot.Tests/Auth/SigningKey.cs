using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationBot.Bot.Tests.Auth;

/// <summary>A locally generated RSA signing key, published as a JWK (with Bot Framework endorsements when given).</summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public SigningKey(string keyId, params string[]? endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements is { Length: > 0 } ? endorsements : null; // no endorsements: an Entra key
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]);
        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
