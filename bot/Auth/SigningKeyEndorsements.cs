using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationBot.Host.Auth;

/// <summary>
/// Reads the Bot Framework's <c>endorsements</c> extension of a JWKS key: the channel ids the key may sign for
/// (protocol notes §2.2 step 6). IdentityModel keeps unknown JWK members in <see cref="JsonWebKey.AdditionalData"/>.
/// </summary>
internal static class SigningKeyEndorsements
{
    private const string Member = "endorsements";

    /// <summary>The endorsements of the key with id <paramref name="keyId"/>, or null when the key has none.</summary>
    public static IReadOnlyList<string>? Find(JsonWebKeySet? keys, string? keyId)
    {
        if (keys is null || keyId is null)
            return null;
        foreach (var key in keys.Keys)
        {
            if (string.Equals(key.Kid, keyId, StringComparison.Ordinal))
                return key.AdditionalData.TryGetValue(Member, out var value) ? AsStrings(value) : null;
        }
        return null;
    }

    private static List<string>? AsStrings(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        IEnumerable<object> items => [.. items.Select(item => item switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
            _ => null,
        }).OfType<string>()],
        string single => [single],
        _ => null,
    };
}
