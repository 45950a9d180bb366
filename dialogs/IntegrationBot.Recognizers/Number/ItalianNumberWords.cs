using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Italian number words, written together: "tremiladuecentoquarantatre", "ventunbilionitrecento",
/// "centoventisettesimo", "cinquanta duemilacinquesimi". Elided tens ("vent-", "trent-") live only in compounds.
/// </summary>
internal static class ItalianNumberWords
{
    private const WordFlags Denominator = WordFlags.Ordinal | WordFlags.Fraction;
    private const WordFlags Ordinal = WordFlags.Ordinal | WordFlags.NotFraction;
    private const string Endings = "o a i e";

    public static NumberLanguage Create()
    {
        var b = new LexiconBuilder(Culture.Italian, FoldKind.Diacritics)
            .Same(WordKind.Zero, 0, "zero")
            .Add(WordKind.Unit, "uno:1 un:1 una:1 due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9")
            .Add(WordKind.Teen, "dieci:10 undici:11 dodici:12 tredici:13 quattordici:14 quindici:15 sedici:16 diciassette:17 diciotto:18 diciannove:19")
            .Add(WordKind.Ten, "venti:20 trenta:30 quaranta:40 cinquanta:50 sessanta:60 settanta:70 ottanta:80 novanta:90")
            .Add(WordKind.Ten, "vent:20 trent:30 quarant:40 cinquant:50 sessant:60 settant:70 ottant:80 novant:90", WordFlags.InCompound)
            .Same(WordKind.Hundred, 100, "cento")
            .Add(WordKind.Hundred, "cent:100", WordFlags.InCompound)
            .Add(WordKind.Multiplier, "mille:1e3 milione:1e6 milioni:1e6 miliardo:1e9 miliardi:1e9 bilione:1e12 bilioni:1e12 trilione:1e18 trilioni:1e18")
            .Add(WordKind.Multiplier, "mila:1e3", WordFlags.NoStandalone)
            .Same(WordKind.Dozen, 12, "dozzina dozzine")
            .Add(WordKind.Connector, "e:0", WordFlags.MixedSeparator)
            .Same(WordKind.Minus, 0, "meno")
            .Same(WordKind.Point, 0, "virgola")
            .Same(WordKind.Over, 0, "su")
            .Add(WordKind.Unit, "mezzo:2 mezza:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Unit, "mezzi:2 mezze:2", WordFlags.Fraction | WordFlags.NotOrdinal)
            .Inflect(WordKind.Unit, "prim:1 second:2", Endings, Ordinal)
            .Inflect(WordKind.Unit, "terz:3 quart:4 quint:5 sest:6 settim:7 ottav:8 non:9", Endings, Denominator)
            .Inflect(WordKind.Ten, "decim:10", Endings, Denominator)
            .Inflect(WordKind.Unit, "unesim:1 duesim:2 treesim:3 quattresim:4 cinquesim:5 seiesim:6 settesim:7 ottesim:8 novesim:9", Endings, Denominator | WordFlags.InCompound)
            .Inflect(WordKind.Teen, "undicesim:11 dodicesim:12 tredicesim:13 quattordicesim:14 quindicesim:15 sedicesim:16 diciassettesim:17 diciottesim:18 diciannovesim:19", Endings, Denominator)
            .Inflect(WordKind.Ten, "ventesim:20 trentesim:30 quarantesim:40 cinquantesim:50 sessantesim:60 settantesim:70 ottantesim:80 novantesim:90", Endings, Denominator)
            .Inflect(WordKind.Hundred, "centesim:100", Endings, Denominator)
            .Inflect(WordKind.Multiplier, "millesim:1e3 milionesim:1e6 miliardesim:1e9 bilionesim:1e12 trilionesim:1e18", Endings, Denominator);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases)
        {
            Compounding = true,
            SpacedOrdinalCompounds = false,
        };
    }
}
