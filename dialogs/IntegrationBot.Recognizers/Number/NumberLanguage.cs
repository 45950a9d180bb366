using System.Collections.Frozen;
using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// A language's number vocabulary and the few grammar switches in which languages differ. Built once per
/// language by its <c>*NumberWords</c> class; immutable afterwards, so one instance serves all threads.
/// </summary>
internal sealed class NumberLanguage
{
    private readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;

    public NumberLanguage(string code, FoldKind fold, IDictionary<string, NumberWord> words, IDictionary<string, NumberWord> phrases)
    {
        Code = code;
        Fold = fold;
        Words = words.ToFrozenDictionary(StringComparer.Ordinal);
        Phrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseLookup = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxMorphemeLength = words.Count == 0 ? 0 : words.Keys.Max(k => k.Length);
    }

    public string Code { get; }

    public FoldKind Fold { get; }

    public FrozenDictionary<string, NumberWord> Words { get; }

    /// <summary>Two-word entries keyed "first second" (folded): "out of", "op de", "جزء من".</summary>
    public FrozenDictionary<string, NumberWord> Phrases { get; }

    public int MaxMorphemeLength { get; }

    /// <summary>Unknown words are split into morphemes: "zweihundertsechsundfünfzig", "tremiladuecento".</summary>
    public bool Compounding { get; init; }

    /// <summary>A unit, a connector, then a ten: "einundzwanzig", "eenentwintig", "ستة وعشرون".</summary>
    public bool ReversedTens { get; init; }

    /// <summary>The connector only follows a hundred or a scale word (English "one hundred and six").</summary>
    public bool ConnectorAfterScaleOnly { get; init; }

    /// <summary>Only "one"/"a" take a singular denominator: "one fifth" but "two fifths", never "two fifth".</summary>
    public bool PluralDenominators { get; init; }

    /// <summary>"quatre-vingt-dix-neuf", "soixante-dix", "dix-sept": vigesimal tens and teens made of parts.</summary>
    public bool FrenchTens { get; init; }

    /// <summary>Ordinals chain: "cuadragésimo séptimo" (47th), "tricentésimo quadragésima sétima".</summary>
    public bool OrdinalChains { get; init; }

    /// <summary>
    /// A denominator may be several words ending in a unit ordinal: English "thirty fifths" (35ths). Spanish,
    /// Italian and Portuguese write such ordinals as one word, so there "treinta quintos" is 30/5.
    /// </summary>
    public bool SpacedOrdinalCompounds { get; init; } = true;

    /// <summary>Dutch: in "… tweehonderd drie vijfde" only the last unit is the numerator.</summary>
    public bool NumeratorIsLastUnit { get; init; }

    /// <summary>Words before "one" that make it a pronoun, not a number ("that one").</summary>
    public FrozenSet<string> Determiners { get; init; } = FrozenSet<string>.Empty;

    public bool TryGet(ReadOnlySpan<char> folded, out NumberWord word) => _lookup.TryGetValue(folded, out word);

    public bool TryGetPhrase(ReadOnlySpan<char> folded, out NumberWord word) => _phraseLookup.TryGetValue(folded, out word);
}
