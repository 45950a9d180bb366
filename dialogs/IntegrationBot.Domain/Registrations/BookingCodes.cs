using System.Security.Cryptography;

namespace IntegrationBot.Domain.Registrations;

/// <summary>
/// Six-character booking codes from an alphabet without look-alikes (no 0/O, 1/I): easy to read out on the phone.
/// 32^6 ≈ 10^9 codes; a collision hits the unique index and the store draws again.
/// </summary>
public sealed class BookingCodes(Func<int, int>? next = null)
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    private readonly Func<int, int> _next = next ?? RandomNumberGenerator.GetInt32;

    public string Next() => string.Create(Length, _next, static (span, next) =>
    {
        for (var i = 0; i < span.Length; i++)
            span[i] = Alphabet[next(Alphabet.Length)];
    });

    /// <summary>Normalises what a user typed ("ab c-d23" → "ABCD23"); null when it cannot be a code.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
            return null;
        var letters = text.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray();
        return letters.Length == Length && letters.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(letters) : null;
    }
}
