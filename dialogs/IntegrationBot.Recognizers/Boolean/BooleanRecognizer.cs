using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.Text;

// The namespace mirrors the Boolean/ folder and the upstream model name; callers are C# only, where
// "Boolean" is no keyword, so the VB-oriented rule does not apply.
[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
    Justification = "Mirrors the model name; C#-only consumers.", Scope = "namespace", Target = "~N:IntegrationBot.Recognizers.Boolean")]

namespace IntegrationBot.Recognizers.Boolean;

/// <summary>
/// Yes/no answers. Of all yes and no phrases in the utterance, the one with the most words wins (so "not ok"
/// beats "agree" in "agree, it is not ok"); on a tie the first one wins ("Yes. I said no" is a yes).
/// </summary>
public static class BooleanRecognizer
{
    public const string TypeName = "boolean";

    private static readonly FrozenDictionary<string, Lazy<BooleanMatcher>> Matchers = new[]
        {
            Culture.German, Culture.English, Culture.Dutch, Culture.French, Culture.Spanish, Culture.Italian,
            Culture.Portuguese, Culture.Turkish, Culture.Arabic, Culture.Ukrainian, Culture.Russian, Culture.Persian,
        }
        .ToFrozenDictionary(c => c, c => new Lazy<BooleanMatcher>(() => BooleanMatcher.For(c)), StringComparer.Ordinal);

    public static IReadOnlyList<ModelResult> Recognize(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Matchers.TryGetValue(Culture.Normalize(culture), out var matcher))
            return [];
        var best = matcher.Value.FindBest(text);
        if (best is not { } found)
            return [];
        var totalTokens = Math.Max(1, TokenCount.Of(text));
        var score = 0.4 + (0.6 * found.Tokens / totalTokens);
        var value = text.Substring(found.Index, found.Length);
        return [new ModelResult(value, found.Index, found.Index + found.Length - 1, TypeName, new BooleanResolution(found.Value, score))];
    }

    /// <summary>The yes/no answer in <paramref name="text"/>, if it has one.</summary>
    public static bool TryRecognize(string text, string culture, out bool value)
    {
        var results = Recognize(text, culture);
        value = results.Count > 0 && ((BooleanResolution)results[0].Resolution).Value;
        return results.Count > 0;
    }
}

internal readonly record struct BooleanMatch(int Index, int Length, bool Value, int Tokens);

/// <summary>One compiled alternation of a language's phrases plus the emoji; the phrase decides the value.</summary>
internal sealed class BooleanMatcher(Regex regex, FrozenDictionary<string, bool> values)
{
    private const string SkinTone = "(?:\\uD83C[\\uDFFB-\\uDFFF])?";

    public static BooleanMatcher For(string language)
    {
        var (yes, no) = BooleanWords.For(language);
        var values = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var phrase in yes)
            values[Key(phrase)] = true;
        foreach (var phrase in no)
            values[Key(phrase)] = false;
        foreach (var emoji in BooleanWords.YesEmoji)
            values[emoji] = true;
        foreach (var emoji in BooleanWords.NoEmoji)
            values[emoji] = false;

        var words = string.Join('|', yes.Concat(no).OrderByDescending(p => p.Length).Select(PhrasePattern));
        var emojis = string.Join('|', BooleanWords.YesEmoji.Concat(BooleanWords.NoEmoji).Select(Regex.Escape));
        var pattern = $"(?<![\\p{{L}}\\p{{M}}\\p{{N}}])(?:{words})(?![\\p{{L}}\\p{{M}}\\p{{N}}])|(?<e>{emojis}){SkinTone}";
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new BooleanMatcher(regex, values.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public BooleanMatch? FindBest(string text)
    {
        BooleanMatch? best = null;
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            var emoji = match.Groups["e"];
            var key = emoji.Success ? emoji.Value : Key(match.Value);
            if (!values.TryGetValue(key, out var value))
                continue;
            var tokens = TokenCount.Of(match.ValueSpan);
            if (best is null || tokens > best.Value.Tokens)
                best = new BooleanMatch(match.Index, match.Length, value, tokens);
        }
        return best;
    }

    // Phrases are stored lower-case with single spaces and a straight apostrophe.
    private static string Key(string phrase) =>
        string.Join(' ', phrase.ToLowerInvariant().Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string PhrasePattern(string phrase) =>
        Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal);
}
