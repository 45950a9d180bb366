using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>Dutch number words: "tweeëntwintig", "honderdenzes", "driekwart", "anderhalf", "1 op de 3".</summary>
internal static class DutchNumberWords
{
    private const WordFlags Denominator = WordFlags.Ordinal | WordFlags.Fraction;
    private const WordFlags Plural = WordFlags.Fraction | WordFlags.Plural | WordFlags.NotOrdinal;
    private const WordFlags Ordinal = WordFlags.Ordinal | WordFlags.NotFraction;

    public static NumberLanguage Create()
    {
        var b = new LexiconBuilder(Culture.Dutch, FoldKind.Diacritics)
            .Same(WordKind.Zero, 0, "nul")
            .Add(WordKind.Unit, "een:1 één:1 twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9")
            .Add(WordKind.Unit, "vijv:5", WordFlags.InCompound)
            .Add(WordKind.Teen, "tien:10 elf:11 twaalf:12 dertien:13 veertien:14 vijftien:15 zestien:16 zeventien:17 achttien:18 negentien:19")
            .Add(WordKind.Ten, "twintig:20 dertig:30 veertig:40 vijftig:50 zestig:60 zeventig:70 tachtig:80 negentig:90")
            .Same(WordKind.Hundred, 100, "honderd")
            .Add(WordKind.Multiplier, "duizend:1e3 miljoen:1e6 miljoenen:1e6 miljard:1e9 miljarden:1e9 biljoen:1e12 biljoenen:1e12 biljard:1e15")
            .Add(WordKind.Dozen, "dozijn:12 gros:144")
            .Add(WordKind.Connector, "en:0", WordFlags.MixedSeparator)
            .Same(WordKind.Minus, 0, "min minus")
            .Same(WordKind.Point, 0, "komma")
            .Same(WordKind.Over, 0, "uit op op_de van_de uit_de")
            .Add(WordKind.Literal, "anderhalf:1.5 anderhalve:1.5")
            .Add(WordKind.Unit, "half:2 halve:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Unit, "kwart:4", WordFlags.Fraction | WordFlags.NotOrdinal)
            .Add(WordKind.Unit, "kwarten:4", Plural)
            .Add(WordKind.Zero, "nulde:0", Ordinal)
            .Add(WordKind.Unit, "eerste:1 tweede:2", Ordinal)
            .Add(WordKind.Unit, "eende:1", Ordinal | WordFlags.InCompound)
            .Add(WordKind.Unit, "derde:3 vierde:4 vijfde:5 zesde:6 zevende:7 achtste:8 negende:9", Denominator)
            .Add(WordKind.Teen, "tiende:10 elfde:11 twaalfde:12 dertiende:13 veertiende:14 vijftiende:15 zestiende:16 zeventiende:17 achttiende:18 negentiende:19", Denominator)
            .Add(WordKind.Ten, "twintigste:20 dertigste:30 veertigste:40 vijftigste:50 zestigste:60 zeventigste:70 tachtigste:80 negentigste:90", Denominator)
            .Add(WordKind.Hundred, "honderdste:100", Denominator)
            .Add(WordKind.Multiplier, "duizendste:1e3 miljoenste:1e6 miljardste:1e9 biljoenste:1e12", Denominator)
            .Add(WordKind.Unit, "derden:3 vierden:4 vijfden:5 zesden:6 zevenden:7 achtsten:8 negenden:9", Plural)
            .Add(WordKind.Teen, "tienden:10 elfden:11 twaalfden:12", Plural)
            .Add(WordKind.Ten, "twintigsten:20 dertigsten:30 veertigsten:40 vijftigsten:50", Plural)
            .Add(WordKind.Hundred, "honderdsten:100", Plural)
            .Add(WordKind.Multiplier, "duizendsten:1e3 miljoensten:1e6", Plural);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases)
        {
            Compounding = true,
            ReversedTens = true,
            NumeratorIsLastUnit = true,
        };
    }
}
