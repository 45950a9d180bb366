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
        }
        .ToFrozenDictionary(p => p.Key, p => new Lazy<NumberLanguage>(p.Value), StringComparer.Ordinal);

    public static NumberLanguage? Get(string culture) =>
        All.TryGetValue(Culture.Normalize(culture), out var language) ? language.Value : null;
}
