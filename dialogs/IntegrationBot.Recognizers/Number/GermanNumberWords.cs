using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// German number words, written together as Germans do: "zweihundertsechsundfünfzig", "dreieinhalb",
/// "zwei Drittel", "ein halbes Dutzend". Ordinals take any adjective ending: "dritte", "dritten", "zu dritt".
/// </summary>
internal static class GermanNumberWords
{
    private const WordFlags Ordinal = WordFlags.Ordinal | WordFlags.NotFraction;
    private const WordFlags Denominator = WordFlags.Fraction | WordFlags.NotOrdinal;
    private const string Endings = "e en er es em";

    public static NumberLanguage Create()
    {
        var b = new LexiconBuilder(Culture.German, FoldKind.German)
            .Same(WordKind.Zero, 0, "null")
            .Same(WordKind.Unit, 1, "ein eins eine einer eines einem einen")
            .Add(WordKind.Unit, "zwei:2 zwo:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9")
            .Add(WordKind.Teen, "zehn:10 elf:11 zwölf:12 dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19")
            .Add(WordKind.Ten, "zwanzig:20 dreißig:30 dreissig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90")
            .Same(WordKind.Hundred, 100, "hundert")
            // "Claudia Tausend": a bare "Tausend" is a name more often than a number.
            .Add(WordKind.Multiplier, "tausend:1e3", WordFlags.NoStandalone)
            .Add(WordKind.Multiplier, "million:1e6 millionen:1e6 mio:1e6 milliarde:1e9 milliarden:1e9 mrd:1e9 billion:1e12 billionen:1e12 billiarde:1e15 billiarden:1e15 trillion:1e18 trillionen:1e18")
            .Same(WordKind.Dozen, 12, "dutzend")
            .Same(WordKind.Connector, 0, "und")
            .Same(WordKind.Minus, 0, "minus")
            .Same(WordKind.Point, 0, "komma")
            .Same(WordKind.AndHalf, 0.5, "einhalb")
            .Add(WordKind.Literal, "anderthalb:1.5 anderthalbe:1.5 anderthalben:1.5")
            .Add(WordKind.Unit, "halb:2 halbe:2 halben:2 halber:2 halbes:2 halbem:2 drittel:3 viertel:4 fünftel:5 sechstel:6 siebtel:7 achtel:8 neuntel:9", Denominator)
            .Add(WordKind.Teen, "zehntel:10 elftel:11 zwölftel:12", Denominator)
            .Add(WordKind.Ten, "zwanzigstel:20 dreißigstel:30 vierzigstel:40 fünfzigstel:50", Denominator)
            .Add(WordKind.Hundred, "hundertstel:100", Denominator)
            .Add(WordKind.Multiplier, "tausendstel:1e3 millionstel:1e6", Denominator)
            .Inflect(WordKind.Unit, "erst:1 zweit:2 dritt:3 viert:4 fünft:5 sechst:6 siebt:7 siebent:7 acht:8 neunt:9", Endings, Ordinal)
            .Inflect(WordKind.Teen, "zehnt:10 elft:11 zwölft:12 dreizehnt:13 vierzehnt:14 fünfzehnt:15 sechzehnt:16 siebzehnt:17 achtzehnt:18 neunzehnt:19", Endings, Ordinal)
            .Inflect(WordKind.Ten, "zwanzigst:20 dreißigst:30 dreissigst:30 vierzigst:40 fünfzigst:50 sechzigst:60 siebzigst:70 achtzigst:80 neunzigst:90", Endings, Ordinal)
            .Inflect(WordKind.Hundred, "hundertst:100", Endings, Ordinal)
            .Inflect(WordKind.Multiplier, "tausendst:1e3 millionst:1e6 milliardst:1e9 billionst:1e12", Endings, Ordinal)
            // "zu dritt", "zu viert": the bare stem after "zu"; "zuerst" is "first".
            .Add(WordKind.Unit, "dritt:3 viert:4 fünft:5 sechst:6 siebt:7", Ordinal)
            .Add(WordKind.Unit, "zuerst:1", Ordinal);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases)
        {
            Compounding = true,
            ReversedTens = true,
        };
    }
}
