namespace IntegrationBot.TextAnalytics.Offline.Languages;

/// <summary>The writing systems the identifier tells apart before it looks at any language model.</summary>
internal enum Script
{
    None,
    Latin,
    Cyrillic,
    Arabic,
    Greek,
    Hebrew,
    Armenian,
    Georgian,
    Devanagari,
    Thai,
    Hangul,
    Kana,
    Han,
}

internal static class Scripts
{
    public static Script Of(char c) => c switch
    {
        < 'A' => Script.None,
        <= '\u024F' => char.IsLetter(c) ? Script.Latin : Script.None,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'
            => char.IsLetter(c) ? Script.Arabic : Script.None,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\u4E00' and <= '\u9FFF' => Script.Han,
        >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        _ => Script.None,
    };

    /// <summary>The script most letters are written in, and how many letters that is.</summary>
    public static (Script Script, int Letters) Dominant(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[Enum.GetValues<Script>().Length];
        foreach (var c in text)
        {
            counts[(int)Of(c)]++;
        }

        // Japanese mixes kana with Han characters; any kana means Japanese, not Chinese.
        if (counts[(int)Script.Kana] > 0)
        {
            counts[(int)Script.Kana] += counts[(int)Script.Han];
            counts[(int)Script.Han] = 0;
        }

        var best = Script.None;
        var bestCount = 0;
        for (var s = 1; s < counts.Length; s++)
        {
            if (counts[s] > bestCount)
            {
                best = (Script)s;
                bestCount = counts[s];
            }
        }

        return (best, bestCount);
    }

    /// <summary>Scripts written by one language only among those we meet: the script alone names the language.</summary>
    public static string? SingleLanguageOf(Script script) => script switch
    {
        Script.Greek => "el",
        Script.Hebrew => "he",
        Script.Armenian => "hy",
        Script.Georgian => "ka",
        Script.Devanagari => "hi",
        Script.Thai => "th",
        Script.Hangul => "ko",
        Script.Kana => "ja",
        Script.Han => "zh",
        _ => null,
    };
}
