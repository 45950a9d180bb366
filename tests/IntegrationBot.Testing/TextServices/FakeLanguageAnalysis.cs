using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationBot.Testing.TextServices;

/// <summary>
/// The fakes' deterministic "analysis": language by script and a few function words, key phrases = long words,
/// PII = e-mail addresses, phone numbers and a handful of first names. Enough to test adapters, not a model.
/// </summary>
public static partial class FakeLanguageAnalysis
{
    /// <summary>First names the fake recognises as <c>Person</c>.</summary>
    public static readonly IReadOnlySet<string> KnownNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Anna", "Mehmet", "Olena", "Fatima", "Jan", "Peter",
    };

    private static readonly (string Code, string Name, string[] Words)[] Latin =
    [
        ("de", "German", ["der", "die", "das", "und", "ist", "nicht", "ich", "wir", "ein", "eine", "für", "mit", "mehr", "gibt", "sollte"]),
        ("en", "English", ["the", "and", "is", "are", "we", "i", "a", "for", "with", "more", "should", "there"]),
        ("nl", "Dutch", ["het", "een", "en", "niet", "wij", "voor", "met", "meer", "moet", "er"]),
        ("tr", "Turkish", ["ve", "bir", "bu", "için", "çok", "ile", "daha", "olmalı"]),
    ];

    /// <summary>ISO 639-1 code and English name, or "(Unknown)" for both.</summary>
    public static (string Code, string Name, double Confidence) DetectLanguage(string text)
    {
        if (text.Any(c => c is >= '\u0400' and <= '\u04FF'))
            return text.Any(c => c is 'і' or 'ї' or 'є' or 'ґ') ? ("uk", "Ukrainian", 0.95) : ("ru", "Russian", 0.95);
        if (text.Any(c => c is >= '\u0600' and <= '\u06FF'))
            return text.Any(c => c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی' or 'ک') ? ("fa", "Persian", 0.9) : ("ar", "Arabic", 0.9);
        var words = Words(text).Select(w => w.ToLowerInvariant()).ToList();
        var best = Latin.Select(l => (l.Code, l.Name, Hits: words.Count(w => l.Words.Contains(w)))).MaxBy(l => l.Hits);
        return best.Hits == 0 ? ("(Unknown)", "(Unknown)", 0.0) : (best.Code, best.Name, Math.Min(1.0, 0.5 + (0.1 * best.Hits)));
    }

    /// <summary>Distinct words of seven or more letters, in order of appearance, at most five.</summary>
    public static IReadOnlyList<string> KeyPhrases(string text) =>
        Words(text).Where(w => w.Length >= 7).Distinct(StringComparer.OrdinalIgnoreCase).Take(5).ToList();

    /// <summary>PII spans in UTF-16 code units, in order of position.</summary>
    public static IReadOnlyList<(string Category, int Offset, int Length)> Pii(string text)
    {
        var found = new List<(string, int, int)>();
        found.AddRange(Email().Matches(text).Select(m => ("Email", m.Index, m.Length)));
        found.AddRange(Phone().Matches(text).Select(m => ("PhoneNumber", m.Index, m.Length)));
        found.AddRange(Word().Matches(text).Where(m => KnownNames.Contains(m.Value)).Select(m => ("Person", m.Index, m.Length)));
        return found.OrderBy(f => f.Item2).ToList();
    }

    /// <summary>The text with every character of every span replaced by '*'.</summary>
    public static string Redact(string text, IEnumerable<(string Category, int Offset, int Length)> spans)
    {
        var chars = text.ToCharArray();
        foreach (var (_, offset, length) in spans)
            Array.Fill(chars, '*', offset, length);
        return new string(chars);
    }

    /// <summary>A UTF-16 offset or length expressed in the requested <c>stringIndexType</c>.</summary>
    public static int ToIndex(string text, int utf16, string stringIndexType) => stringIndexType switch
    {
        "Utf16CodeUnit" => utf16,
        "UnicodeCodePoint" => text[..utf16].EnumerateRunes().Count(),
        _ => new StringInfo(text[..utf16]).LengthInTextElements,
    };

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\+?\d[\d /-]{5,}\d")]
    private static partial Regex Phone();
}
