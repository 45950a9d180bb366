using System.Collections.Frozen;

namespace IntegrationBot.TextAnalytics.Offline.KeyPhrases;

/// <summary>The embedded stopword list of each language, lower-cased, looked up by span without allocating.</summary>
internal sealed class StopwordSets
{
    private readonly FrozenDictionary<string, FrozenSet<string>> byLanguage;

    public StopwordSets(IEnumerable<string> languages)
    {
        byLanguage = languages.ToFrozenDictionary(
            code => code,
            code => OfflineResources.Stopwords(code).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>The language's stopwords, or null when none are shipped for it.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? For(string language) =>
        byLanguage.TryGetValue(language, out var set) && set.Count > 0 ? set.GetAlternateLookup<ReadOnlySpan<char>>() : null;
}
