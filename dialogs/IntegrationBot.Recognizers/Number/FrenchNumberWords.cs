using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>French number words: "quatre-vingt-dix-neuf", "soixante et onze", "un million et demi", "un sur trois".</summary>
internal static class FrenchNumberWords
{
    private const WordFlags Denominator = WordFlags.Ordinal | WordFlags.Fraction;
    private const WordFlags Plural = WordFlags.Fraction | WordFlags.Plural | WordFlags.NotOrdinal;
    private const WordFlags Ordinal = WordFlags.Ordinal | WordFlags.NotFraction;

    public static NumberLanguage Create()
    {
        var b = new LexiconBuilder(Culture.French, FoldKind.Diacritics)
            .Same(WordKind.Zero, 0, "zéro")
            .Add(WordKind.Unit, "un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9")
            .Add(WordKind.Teen, "dix:10 onze:11 douze:12 treize:13 quatorze:14 quinze:15 seize:16")
            .Add(WordKind.Ten, "vingt:20 vingts:20 trente:30 quarante:40 cinquante:50 soixante:60 septante:70 huitante:80 octante:80 nonante:90")
            .Same(WordKind.Hundred, 100, "cent cents")
            .Add(WordKind.Multiplier, "mille:1e3 mil:1e3 milles:1e3 million:1e6 millions:1e6 milliard:1e9 milliards:1e9 billion:1e12 billions:1e12 billiard:1e15 billiards:1e15 trillion:1e18 trillions:1e18")
            .Same(WordKind.Dozen, 12, "douzaine douzaines")
            .Add(WordKind.Connector, "et:0", WordFlags.MixedSeparator)
            .Same(WordKind.Minus, 0, "moins")
            .Same(WordKind.Point, 0, "virgule")
            .Same(WordKind.Over, 0, "sur")
            .Add(WordKind.Unit, "demi:2 demie:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Unit, "demis:2 demies:2 tiers:3 quart:4 quarts:4", WordFlags.Fraction | WordFlags.NotOrdinal)
            .Add(WordKind.Unit, "premier:1 première:1 premiers:1 premières:1 unième:1 second:2 seconde:2", Ordinal)
            .Add(WordKind.Unit, "deuxième:2 troisième:3 quatrième:4 cinquième:5 sixième:6 septième:7 huitième:8 neuvième:9", Denominator)
            .Add(WordKind.Teen, "dixième:10 dizième:10 onzième:11 douzième:12 treizième:13 quatorzième:14 quinzième:15 seizième:16", Denominator)
            .Add(WordKind.Ten, "vingtième:20 trentième:30 quarantième:40 cinquantième:50 soixantième:60 septantième:70 octantième:80 huitantième:80 nonantième:90", Denominator)
            .Add(WordKind.Hundred, "centième:100", Denominator)
            .Add(WordKind.Multiplier, "millième:1e3 millionième:1e6 milliardième:1e9 billionième:1e12", Denominator)
            .Add(WordKind.Unit, "deuxièmes:2 troisièmes:3 quatrièmes:4 cinquièmes:5 sixièmes:6 septièmes:7 huitièmes:8 neuvièmes:9", Plural)
            .Add(WordKind.Teen, "dixièmes:10 onzièmes:11 douzièmes:12", Plural)
            .Add(WordKind.Ten, "vingtièmes:20 trentièmes:30", Plural)
            .Add(WordKind.Hundred, "centièmes:100", Plural)
            .Add(WordKind.Multiplier, "millièmes:1e3 millionièmes:1e6", Plural);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases) { FrenchTens = true };
    }
}
