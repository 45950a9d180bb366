using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Spanish number words: "trescientos cuarenta y siete", "dos mil millones", "siete con cincuenta" (7.5),
/// "ciento tres con dos tercios", "veinticincoavos", ordinal chains "cuadragésimo séptimo".
/// </summary>
internal static class SpanishNumberWords
{
    private const WordFlags Denominator = WordFlags.Ordinal | WordFlags.Fraction;
    private const WordFlags Ordinal = WordFlags.Ordinal | WordFlags.NotFraction;
    private const string Gender = "o a os as";

    public static NumberLanguage Create()
    {
        var b = new LexiconBuilder(Culture.Spanish, FoldKind.Diacritics)
            .Same(WordKind.Zero, 0, "cero")
            .Add(WordKind.Unit, "un:1 uno:1 una:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9")
            .Add(WordKind.Teen, "diez:10 once:11 doce:12 trece:13 catorce:14 quince:15 dieciséis:16 diecisiete:17 dieciocho:18 diecinueve:19")
            .Add(WordKind.Ten, "veinte:20 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 setenta:70 ochenta:80 noventa:90")
            .Add(WordKind.Ten, "veinti:20 dieci:10", WordFlags.InCompound)
            .Add(WordKind.Hundreds, "cien:100 ciento:100 doscientos:200 doscientas:200 trescientos:300 trescientas:300 cuatrocientos:400 cuatrocientas:400 quinientos:500 quinientas:500 seiscientos:600 seiscientas:600 setecientos:700 setecientas:700 ochocientos:800 ochocientas:800 novecientos:900 novecientas:900")
            .Add(WordKind.Multiplier, "mil:1e3 millón:1e6 millones:1e6 millardo:1e9 millardos:1e9 billón:1e12 billones:1e12 trillón:1e18 trillones:1e18")
            .Same(WordKind.Dozen, 12, "docena docenas dz")
            .Add(WordKind.Connector, "y:0", WordFlags.MixedSeparator)
            .Same(WordKind.Minus, 0, "menos")
            .Same(WordKind.Point, 0, "coma punto")
            .Add(WordKind.Point, "con:0", WordFlags.MixedSeparator | WordFlags.Improper)
            .Same(WordKind.Over, 0, "sobre")
            .Same(WordKind.Avos, 0, "avos avo")
            .Add(WordKind.Unit, "medio:2 media:2 mitad:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Unit, "medios:2 medias:2 tercio:3 tercios:3", WordFlags.Fraction | WordFlags.NotOrdinal)
            .Inflect(WordKind.Unit, "primer:1 segund:2 tercer:3", Gender, Ordinal)
            .Add(WordKind.Unit, "primer:1 tercer:3", Ordinal)
            .Inflect(WordKind.Unit, "cuart:4 quint:5 sext:6 séptim:7 sétim:7 octav:8 noven:9 non:9", Gender, Denominator)
            .Inflect(WordKind.Ten, "décim:10 vigésim:20 trigésim:30 cuadragésim:40 quincuagésim:50 sexagésim:60 septuagésim:70 octogésim:80 nonagésim:90", Gender, Denominator)
            .Inflect(WordKind.Teen, "undécim:11 duodécim:12", Gender, Denominator)
            .Inflect(WordKind.Hundreds, "centésim:100 ducentésim:200 tricentésim:300 cuadringentésim:400 quingentésim:500 sexcentésim:600 septingentésim:700 octingentésim:800 noningentésim:900", Gender, Denominator)
            .Inflect(WordKind.Multiplier, "milésim:1e3 millonésim:1e6 billonésim:1e12", Gender, Denominator);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases)
        {
            Compounding = true,
            OrdinalChains = true,
            SpacedOrdinalCompounds = false,
        };
    }
}
