using System.Text.RegularExpressions;

namespace IntegrationBot.Recognizers.Email;

/// <summary>
/// E-mail addresses, the same in every language. The value is the address in lower case. Addresses with a
/// leading, trailing or doubled dot in the local part are refused whole rather than trimmed to a valid tail.
/// </summary>
public static partial class EmailRecognizer
{
    public const string TypeName = "email";

    public static IReadOnlyList<ModelResult> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<ModelResult>? results = null;
        foreach (var match in AddressRegex().EnumerateMatches(text))
        {
            var value = text.Substring(match.Index, match.Length);
            (results ??= []).Add(new ModelResult(value, match.Index, match.Index + value.Length - 1, TypeName,
                new SequenceResolution(value.ToLowerInvariant())));
        }
        return results ?? (IReadOnlyList<ModelResult>)[];
    }

    /// <summary>The first e-mail address in <paramref name="text"/>, lower-cased.</summary>
    public static bool TryRecognize(string text, out string address)
    {
        var results = Recognize(text);
        address = results.Count > 0 ? ((SequenceResolution)results[0].Resolution).Value : "";
        return results.Count > 0;
    }

    // Local part: atoms joined by single dots, not preceded by a dot or word character (so ".abc@x.com" and
    // "a..bc@x.com" yield nothing). Domain: labels joined by dots, ending in a top-level label of letters.
    [GeneratedRegex(
        @"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\w-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex AddressRegex();
}
