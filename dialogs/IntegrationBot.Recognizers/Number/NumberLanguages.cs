using System.Collections.Frozen;

namespace IntegrationBot.Recognizers.Number;

/// <summary>The number vocabularies, each built on first use and shared afterwards.</summary>
internal static class NumberLanguages
{
    private static readonly FrozenDictionary<string, Lazy<NumberLanguage>> All =
        new Dictionary<string, Func<NumberLanguage>>
        {
            [Culture.English] = EnglishNumberWords.Create,
            [Culture.German] = GermanNumberWords.Create,
            [Culture.Dutch] = DutchNumberWords.Create,
            [Culture.French] = FrenchNumberWords.Create,
            [Culture.Spanish] = SpanishNumberWords.Create,
            [Culture.Italian] = ItalianNumberWords.Create,
            [Culture.Portuguese] = PortugueseNumberWords.Create,
            [Culture.Turkish] = TurkishNumberWords.Create,
            [Culture.Arabic] = ArabicNumberWords.Create,
            [Culture.Russian] = SlavicAndPersianNumberWords.Russian,
            [Culture.Ukrainian] = SlavicAndPersianNumberWords.Ukrainian,
            [Culture.Persian] = SlavicAndPersianNumberWords.Persian,
        }
        .ToFrozenDictionary(p => p.Key, p => new Lazy<NumberLanguage>(p.Value), StringComparer.Ordinal);

    public static NumberLanguage? Get(string culture) =>
        All.TryGetValue(Culture.Normalize(culture), out var language) ? language.Value : null;
}
