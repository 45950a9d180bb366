using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace IntegrationBot.Recognizers.Ordinal;

/// <summary>Finds the relative ordinals of one language with a single compiled alternation.</summary>
internal sealed class RelativeOrdinals
{
    private static readonly FrozenDictionary<string, Lazy<RelativeOrdinals>> All = new[]
        {
            Culture.English, Culture.German, Culture.Dutch, Culture.French, Culture.Spanish, Culture.Italian,
            Culture.Portuguese, Culture.Turkish, Culture.Arabic,
        }
        .ToFrozenDictionary(c => c, c => new Lazy<RelativeOrdinals>(() => new RelativeOrdinals(RelativeOrdinalWords.For(c))), StringComparer.Ordinal);

    private readonly RelativePhrase[] _phrases;
    private readonly Regex _regex;

    private RelativeOrdinals(RelativePhrase[] phrases)
    {
        _phrases = phrases;
        const string Tail = "(?![\\p{L}\\p{M}\\p{N}])";
        var alternatives = phrases.Select((p, i) => $"(?<g{i}>{p.Pattern}){(p.Open ? "" : Tail)}");
        _regex = new Regex($"(?<![\\p{{L}}\\p{{M}}\\p{{N}}])(?:{string.Join('|', alternatives)})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static RelativeOrdinals? For(string language) => All.TryGetValue(language, out var r) ? r.Value : null;

    public void Find(string text, List<FoundOrdinal> found)
    {
        for (var match = _regex.Match(text); match.Success; match = match.NextMatch())
        {
            for (var i = 0; i < _phrases.Length; i++)
            {
                if (!match.Groups[i + 1].Success)
                    continue;
                var phrase = _phrases[i];
                found.Add(new FoundOrdinal(match.Index, match.Index + match.Length, new OrdinalReference(phrase.Offset, phrase.Anchor), true, phrase.Offset));
                break;
            }
        }
    }
}

/// <summary>An ordinal found in the text (end exclusive).</summary>
internal readonly record struct FoundOrdinal(int Start, int End, OrdinalReference Reference, bool Relative, double Value);
