namespace IntegrationBot.Recognizers.Number;

/// <summary>The grammatical role of one number morpheme; <see cref="CardinalComposer"/> knows how they combine.</summary>
internal enum WordKind : byte
{
    None,
    Zero,
    Unit,        // 1–9
    Teen,        // 10–19
    Ten,         // 20, 30, … 90 (and Turkish "on" 10)
    TeenTen,     // Arabic عشر: a unit before it makes a teen
    Hundred,     // ×100: hundert, hundred, cento
    Hundreds,    // a whole hundreds value: trescientos (300), cien (100)
    Multiplier,  // ×1000 and up: thousand, Million, mil
    Dozen,       // ×12
    Connector,   // and, und, y, e, et, en, و
    Hyphen,      // "twenty-one", "fifty - two"
    Minus,       // minus, negative, eksi
    Point,       // decimal point word: point, Komma, virgule
    Over,        // fraction bar word: over, out of, sobre, bölü
    AndHalf,     // adds a half: einhalb, buçuk
    Literal,     // a complete value: anderhalf (1.5), ثلثان (2/3)
    Of,          // "two thirds of a million"
    Avos,        // Spanish/Portuguese "avos": the cardinal before it names the denominator
    Digits,      // a digit literal inside a word number: "300 Milliarden"
}

[Flags]
internal enum WordFlags : uint
{
    None = 0,
    Ordinal = 1 << 0,        // an ordinal form: fifth, zweiten, cinquième
    Plural = 1 << 1,         // a plural fraction form: fifths, quarters
    Fraction = 1 << 2,       // may name a denominator
    NotFraction = 1 << 3,    // an ordinal that never names a denominator (second)
    NotOrdinal = 1 << 4,     // a denominator that is no ordinal (half, Drittel)
    Article = 1 << 5,        // "a", "an": one, but only before a scale or a denominator
    InCompound = 1 << 6,     // only inside a compound word (Italian "vent-", Spanish "veinti-")
    NoStandalone = 1 << 7,   // no number on its own (German "Tausend" is a surname)
    Alone = 1 << 8,          // a denominator that means one part on its own ("half", "mitad")
    MixedSeparator = 1 << 9, // a connector that may join a whole number and a fraction ("and a half")
    HalfOnly = 1 << 10,      // ... but only a half (Portuguese "e meio")
    Improper = 1 << 11,      // ... even an improper one (Spanish "con")
    ProperOnly = 1 << 12,    // a fraction word that needs numerator < denominator ("1 in 21", not "8 in 5")
    ImpliedOne = 1 << 13,    // a fraction word with an implied numerator of one (جزء من)
    Determined = 1 << 14,    // "one" that is a pronoun after a determiner ("that one")
    Prefix = 1 << 15,        // a prefix that belongs to the number's text but not its value (Arabic ب)
    AlsoCardinal = 1 << 16,  // a denominator that is also a cardinal (Arabic خمس: five, a fifth)
    Dual = 1 << 17,          // a dual scale word: two of it (Arabic ألفين, 2000)
}

/// <summary>One morpheme of a written number: its role, its value and its grammar flags.</summary>
internal readonly record struct NumberWord(WordKind Kind, double Value, WordFlags Flags = WordFlags.None)
{
    public bool Is(WordFlags flag) => (Flags & flag) != 0;

    public bool IsOrdinal => Is(WordFlags.Ordinal);

    /// <summary>Whether it can close a denominator: "fifths", "Drittel", "avos".</summary>
    public bool CanDenominate => Kind == WordKind.Avos || Is(WordFlags.Fraction) || (IsOrdinal && !Is(WordFlags.NotFraction));

    public bool IsScale => Kind is WordKind.Hundred or WordKind.Multiplier or WordKind.Dozen;

    public bool IsJoiner => Kind is WordKind.Connector or WordKind.Hyphen;
}
