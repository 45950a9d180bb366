using System.Collections.Frozen;
using System.Globalization;

namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>
/// A word table (word → value) and the regex alternation matching its words. The words are sorted in descending
/// ordinal order: every word still comes before its own prefixes (so the longest matching word is tried first, as
/// with a longest-first order), and words sharing a prefix are adjacent, which lets the regex engine fold the
/// alternation into a prefix tree instead of trying each word in turn.
/// </summary>
internal sealed class Words<T>
{
    private readonly FrozenDictionary<string, T> _map;
    private readonly Lazy<Trigger> _trigger;

    public Words(IEnumerable<KeyValuePair<string, T>> entries)
    {
        _map = entries.GroupBy(e => e.Key).ToFrozenDictionary(g => g.Key, g => g.First().Value);
        Pattern = string.Join("|", _map.Keys.Order(StringComparer.Ordinal).Reverse()
            .Select(System.Text.RegularExpressions.Regex.Escape));
        _trigger = new(() => Core.Trigger.AnyOf(_map.Keys));
    }

    /// <summary>Occurs when one of the words occurs; one shared instance, so the pipeline checks it once per input.</summary>
    public Trigger Trigger => _trigger.Value;

    public IEnumerable<KeyValuePair<string, T>> Entries => _map;

    /// <summary>The alternation, without surrounding group.</summary>
    public string Pattern { get; }

    public bool TryGet(string word, out T value) => _map.TryGetValue(word, out value!);

    public T? Get(string word) => _map.TryGetValue(word, out var value) ? value : default;
}

/// <summary>Compact word tables: "januar,jan=1; februar,feb=2" (words sharing a value, separated by ';').</summary>
internal static class WordTable
{
    public static Words<int> Ints(string table) => new(
        table.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(entry =>
        {
            var (words, value) = (entry[..entry.LastIndexOf('=')], int.Parse(entry[(entry.LastIndexOf('=') + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
            return words.Split(',', StringSplitOptions.TrimEntries).Select(w => new KeyValuePair<string, int>(w, value));
        }));

    public static Words<T> Of<T>(params (string Words, T Value)[] entries) => new(
        entries.SelectMany(e => e.Words.Split(',', StringSplitOptions.TrimEntries).Select(w => new KeyValuePair<string, T>(w, e.Value))));
}

/// <summary>Small parsing helpers for digits in matches.</summary>
internal static class Digits
{
    public static int? Int(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>"123,45" and "123.45" both become 123.45.</summary>
    public static decimal? Decimal(string text) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
}
