using System.Globalization;
using IntegrationBot.Recognizers.Number;

namespace IntegrationBot.Recognizers.Ordinal;

/// <summary>
/// Ordinals: "the third", "21st", "die 3. Banane", "siebenundzwanzigsten", and relative ones: "last",
/// "the one before last", "vorletzte", "nächste". Resolutions carry offset and anchor as upstream does
/// (value "end-1" for a relative one); <see cref="TryRecognize"/> gives them typed.
/// </summary>
public static class OrdinalRecognizer
{
    public const string TypeName = "ordinal";
    public const string RelativeTypeName = "ordinal.relative";

    public static IReadOnlyList<ModelResult> Recognize(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Find(text, Culture.Normalize(culture));
        var results = new List<ModelResult>(found.Count);
        foreach (var ordinal in found)
        {
            var reference = ordinal.Reference;
            var offset = ordinal.Value.ToString("G15", CultureInfo.InvariantCulture);
            var value = ordinal.Relative
                ? reference.AnchorName + (reference.Offset >= 0 ? "+" : "") + offset
                : offset;
            results.Add(new ModelResult(text[ordinal.Start..ordinal.End], ordinal.Start, ordinal.End - 1,
                ordinal.Relative ? RelativeTypeName : TypeName, new OrdinalResolution(value, offset, reference.AnchorName)));
        }
        return results;
    }

    /// <summary>The first ordinal in <paramref name="text"/>: "den zweiten" → (2, Start), "vorletzte" → (-1, End).</summary>
    public static bool TryRecognize(string text, string culture, out OrdinalReference reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Find(text, Culture.Normalize(culture));
        reference = found.Count > 0 ? found[0].Reference : default;
        return found.Count > 0;
    }

    private static List<FoundOrdinal> Find(string text, string language)
    {
        var found = new List<FoundOrdinal>();
        if (text.Length == 0)
            return found;
        RelativeOrdinals.For(language)?.Find(text, found);
        foreach (var regex in DigitOrdinals.For(language))
        {
            foreach (System.Text.RegularExpressions.Match match in regex.Matches(text))
            {
                var number = match.Groups["n"];
                var value = DigitNumbers.Digits(number.ValueSpan);
                found.Add(new FoundOrdinal(match.Index, match.Index + match.Length,
                    new OrdinalReference(WordOrdinals.ToOffset(value), OrdinalAnchor.Start), false, value));
            }
        }
        if (NumberLanguages.Get(language) is { } words)
            WordOrdinals.Find(text, words, found);
        return WithoutOverlaps(found);
    }

    // Longer finds win: "sondan üçüncü" is one relative ordinal, not also "üçüncü".
    private static List<FoundOrdinal> WithoutOverlaps(List<FoundOrdinal> found)
    {
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var kept = new List<FoundOrdinal>(found.Count);
        foreach (var candidate in found)
        {
            var overlapping = kept.FindIndex(k => k.Start < candidate.End && candidate.Start < k.End);
            if (overlapping < 0)
            {
                kept.Add(candidate);
            }
            else if (candidate.End - candidate.Start > kept[overlapping].End - kept[overlapping].Start)
            {
                kept[overlapping] = candidate;
            }
        }
        return kept;
    }
}
