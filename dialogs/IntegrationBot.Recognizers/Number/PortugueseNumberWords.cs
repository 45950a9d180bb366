using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Portuguese number words: "trezentos e quarenta e sete", "duas mil trezentas", "dois onze avos",
/// "2 milhões e meio", "seis milhões com dois terços", ordinal chains "centésimo vigésimo quinto".
/// </summary>
internal static class PortugueseNumberWords
{
    private const WordFlags Denominator = WordFlags.Ordinal | WordFlags.Fraction;
    private const WordFlags Ordinal = WordFlags.Ordinal | WordFlags.NotFraction;
    private const string Gender = "o a os as";

    public static NumberLanguage Create()
    {
        var b = new LexiconBuilder(Culture.Portuguese, FoldKind.Diacritics)
            .Same(WordKind.Zero, 0, "zero")
            .Add(WordKind.Unit, "um:1 uma:1 dois:2 duas:2 três:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9")
            .Add(WordKind.Teen, "dez:10 onze:11 doze:12 treze:13 quatorze:14 catorze:14 quinze:15 dezesseis:16 dezasseis:16 dezessete:17 dezassete:17 dezoito:18 dezenove:19 dezanove:19")
            .Add(WordKind.Ten, "vinte:20 trinta:30 quarenta:40 cinquenta:50 sessenta:60 setenta:70 oitenta:80 noventa:90")
            .Add(WordKind.Hundreds, "cem:100 cento:100 duzentos:200 duzentas:200 trezentos:300 trezentas:300 quatrocentos:400 quatrocentas:400 quinhentos:500 quinhentas:500 seiscentos:600 seiscentas:600 setecentos:700 setecentas:700 oitocentos:800 oitocentas:800 novecentos:900 novecentas:900")
            .Add(WordKind.Multiplier, "mil:1e3 milhão:1e6 milhões:1e6 milhao:1e6 milhoes:1e6 bilhão:1e9 bilhões:1e9 bilião:1e12 biliões:1e12 trilhão:1e12 trilhões:1e12")
            .Same(WordKind.Dozen, 12, "dúzia dúzias")
            .Add(WordKind.Connector, "e:0", WordFlags.MixedSeparator | WordFlags.HalfOnly)
            .Add(WordKind.Connector, "com:0", WordFlags.MixedSeparator | WordFlags.Improper)
            .Same(WordKind.Minus, 0, "menos")
            .Same(WordKind.Point, 0, "vírgula ponto")
            .Same(WordKind.Over, 0, "sobre")
            .Same(WordKind.Avos, 0, "avos avo")
            .Add(WordKind.Unit, "meio:2 meia:2 metade:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Unit, "meios:2 meias:2 terço:3 terços:3", WordFlags.Fraction | WordFlags.NotOrdinal)
            .Inflect(WordKind.Unit, "primeir:1 segund:2 terceir:3", Gender, Ordinal)
            .Inflect(WordKind.Unit, "quart:4 quint:5 sext:6 sétim:7 oitav:8 non:9", Gender, Denominator)
            .Inflect(WordKind.Ten, "décim:10 vigésim:20 trigésim:30 quadragésim:40 quinquagésim:50 qüinquagésim:50 sexagésim:60 septuagésim:70 setuagésim:70 octogésim:80 nonagésim:90", Gender, Denominator)
            .Inflect(WordKind.Hundreds, "centésim:100 ducentésim:200 trecentésim:300 tricentésim:300 quadringentésim:400 quingentésim:500 seiscentésim:600 sexcentésim:600 septingentésim:700 setingentésim:700 octingentésim:800 nongentésim:900 noningentésim:900", Gender, Denominator)
            .Inflect(WordKind.Multiplier, "milésim:1e3 milionésim:1e6 bilionésim:1e9 trilionésim:1e12", Gender, Denominator);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases)
        {
            OrdinalChains = true,
            SpacedOrdinalCompounds = false,
        };
    }
}
