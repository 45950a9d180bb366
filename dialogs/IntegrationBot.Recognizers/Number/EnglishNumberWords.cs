using System.Collections.Frozen;
using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>English number words: "one hundred and sixty-one", "five eighths", "nine point nought four".</summary>
internal static class EnglishNumberWords
{
    private const WordFlags Denominator = WordFlags.Ordinal | WordFlags.Fraction;
    private const WordFlags PluralDenominator = WordFlags.Fraction | WordFlags.Plural | WordFlags.NotOrdinal;

    public static NumberLanguage Create()
    {
        var b = new LexiconBuilder(Culture.English, FoldKind.LowerOnly)
            .Same(WordKind.Zero, 0, "zero nought naught nil")
            .Add(WordKind.Unit, "one:1", WordFlags.Determined)
            .Add(WordKind.Unit, "a:1 an:1", WordFlags.Article)
            .Add(WordKind.Unit, "two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9")
            .Add(WordKind.Teen, "ten:10 eleven:11 twelve:12 thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19")
            .Add(WordKind.Ten, "twenty:20 thirty:30 forty:40 fourty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90")
            .Same(WordKind.Hundred, 100, "hundred hundreds")
            .Add(WordKind.Multiplier, "thousand:1e3 thousands:1e3 million:1e6 millions:1e6 billion:1e9 billions:1e9 trillion:1e12 trillions:1e12 lakh:1e5 lakhs:1e5 crore:1e7 crores:1e7")
            .Same(WordKind.Dozen, 12, "dozen dozens dz dzs")
            .Same(WordKind.Dozen, 144, "gross")
            .Add(WordKind.Connector, "and:0", WordFlags.MixedSeparator)
            .Same(WordKind.Minus, 0, "minus negative")
            .Same(WordKind.Point, 0, "point dot")
            .Same(WordKind.Over, 0, "over")
            .Same(WordKind.Over, 0, "in out_of", WordFlags.ProperOnly)
            .Same(WordKind.Of, 0, "of")
            // Ordinals; "second" is never a denominator ("two seconds" is a time).
            .Add(WordKind.Unit, "first:1", Denominator)
            .Add(WordKind.Unit, "second:2", WordFlags.Ordinal | WordFlags.NotFraction)
            .Add(WordKind.Unit, "third:3 fourth:4 fifth:5 sixth:6 seventh:7 eighth:8 ninth:9", Denominator)
            .Add(WordKind.Teen, "tenth:10 eleventh:11 twelfth:12 thirteenth:13 fourteenth:14 fifteenth:15 sixteenth:16 seventeenth:17 eighteenth:18 nineteenth:19", Denominator)
            .Add(WordKind.Ten, "twentieth:20 thirtieth:30 fortieth:40 fiftieth:50 sixtieth:60 seventieth:70 eightieth:80 ninetieth:90", Denominator)
            .Add(WordKind.Hundred, "hundredth:100", Denominator)
            .Add(WordKind.Multiplier, "thousandth:1e3 millionth:1e6 billionth:1e9 trillionth:1e12", Denominator)
            .Add(WordKind.Unit, "thirds:3 fourths:4 fifths:5 sixths:6 sevenths:7 eighths:8 ninths:9", PluralDenominator)
            .Add(WordKind.Teen, "tenths:10 elevenths:11 twelfths:12 thirteenths:13 fourteenths:14 fifteenths:15 sixteenths:16 seventeenths:17 eighteenths:18 nineteenths:19", PluralDenominator)
            .Add(WordKind.Ten, "twentieths:20 thirtieths:30 fortieths:40 fiftieths:50 sixtieths:60 seventieths:70 eightieths:80 ninetieths:90", PluralDenominator)
            .Add(WordKind.Hundred, "hundredths:100", PluralDenominator)
            .Add(WordKind.Multiplier, "thousandths:1e3 millionths:1e6 billionths:1e9 trillionths:1e12", PluralDenominator)
            .Add(WordKind.Unit, "half:2", WordFlags.Fraction | WordFlags.NotOrdinal | WordFlags.Alone)
            .Add(WordKind.Unit, "halves:2 quarters:4", PluralDenominator)
            .Add(WordKind.Unit, "quarter:4", WordFlags.Fraction | WordFlags.NotOrdinal);
        return new NumberLanguage(b.Code, b.Fold, b.Words, b.Phrases)
        {
            ConnectorAfterScaleOnly = true,
            PluralDenominators = true,
            Determiners = FrozenSet.Create(StringComparer.Ordinal,
                "this", "that", "the", "which", "each", "every", "any", "no", "another", "other", "last", "next", "first",
                "second", "third", "fourth", "fifth", "same", "only", "new", "old", "big", "small", "right", "wrong", "good", "best"),
        };
    }
}
