namespace IntegrationBot.Recognizers.Text;

/// <summary>How a language's words are folded before lookup, so "fünf"/"fuenf" or "dieciséis"/"dieciseis" meet.</summary>
internal enum FoldKind : byte
{
    LowerOnly,
    Diacritics, // Romance languages and Dutch: é → e, ñ → n, ë → e
    German,     // ä → ae, ö → oe, ü → ue, ß → ss
    Turkish,    // ı → i, ş → s, ç → c, ğ → g, ö → o, ü → u
    Arabic,     // no harakat or tatweel; أ إ آ → ا, ى → ي, ة → ه, Persian ی ک → ي ك
    Cyrillic,   // ё → е
}

/// <summary>Lower-cases and folds a word into a caller's buffer without allocating.</summary>
internal static class TextFold
{
    public const int MaxWordLength = 64;

    /// <summary>The folded length, or -1 when the word is too long to be a number word.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination, FoldKind kind)
    {
        var n = 0;
        foreach (var raw in word)
        {
            var c = kind == FoldKind.Turkish && raw is 'I' or '\u0130' ? 'i' : char.ToLowerInvariant(raw);
            if (c >= 0x80 && Expand(c, kind) is { } expanded)
            {
                if (n + expanded.Length > destination.Length)
                    return -1;
                expanded.CopyTo(destination[n..]);
                n += expanded.Length;
                continue;
            }
            var single = c == '\'' && kind == FoldKind.Cyrillic ? '\0' : c < 0x80 ? c : Map(c, kind);
            if (single == '\0')
                continue;
            if (n >= destination.Length)
                return -1;
            destination[n++] = single;
        }
        return n;
    }

    public static string Fold(string word, FoldKind kind)
    {
        Span<char> buffer = stackalloc char[MaxWordLength * 2];
        var n = Fold(word, buffer, kind);
        return n < 0 ? word.ToLowerInvariant() : buffer[..n].ToString();
    }

    private static string? Expand(char c, FoldKind kind) => (kind, c) switch
    {
        (FoldKind.German, 'ä') => "ae",
        (FoldKind.German, 'ö') => "oe",
        (FoldKind.German, 'ü') => "ue",
        (FoldKind.German, 'ß') => "ss",
        (FoldKind.Diacritics, 'œ') => "oe",
        _ => null,
    };

    // '\0' drops the character (Arabic harakat and tatweel).
    private static char Map(char c, FoldKind kind) => kind switch
    {
        FoldKind.German or FoldKind.Diacritics => Latin(c),
        FoldKind.Turkish => c switch
        {
            'ı' => 'i',
            'ş' => 's',
            'ğ' => 'g',
            _ => Latin(c),
        },
        FoldKind.Arabic => c switch
        {
            >= '\u064B' and <= '\u0652' or '\u0640' or '\u0670' => '\0',
            'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
            'ى' or 'ی' => 'ي',
            'ة' => 'ه',
            'ک' => 'ك',
            _ => c,
        },
        FoldKind.Cyrillic => c switch
        {
            'ё' => 'е',
            '’' or 'ʼ' => '\0',
            _ => c,
        },
        _ => c,
    };

    private static char Latin(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'ç' => 'c',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ñ' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ý' or 'ÿ' => 'y',
        _ => c,
    };
}
