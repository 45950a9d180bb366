using System.Globalization;
using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Collects a language's number words from compact lists such as "zwei:2 drei:3". An entry with an underscore
/// is a two-word phrase ("out_of"). Keys are folded like the input will be, so either spelling of a word matches.
/// The first meaning of a word wins; a repeat with the same kind and value only adds flags.
/// </summary>
internal sealed class LexiconBuilder(string code, FoldKind fold)
{
    private readonly Dictionary<string, NumberWord> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NumberWord> _phrases = new(StringComparer.Ordinal);

    /// <summary>Adds "word:value" entries.</summary>
    public LexiconBuilder Add(WordKind kind, string entries, WordFlags flags = WordFlags.None)
    {
        foreach (var entry in entries.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.LastIndexOf(':');
            var value = colon < 0 ? 0 : double.Parse(entry[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
            Put(colon < 0 ? entry : entry[..colon], new NumberWord(kind, value, flags));
        }
        return this;
    }

    /// <summary>Adds words that all mean the same value: "dozen dozens dz".</summary>
    public LexiconBuilder Same(WordKind kind, double value, string words, WordFlags flags = WordFlags.None)
    {
        foreach (var word in words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            Put(word, new NumberWord(kind, value, flags));
        return this;
    }

    /// <summary>Adds every stem with every ending: stems "erst:1 zweit:2" × endings "e en er" → "erste:1" …</summary>
    public LexiconBuilder Inflect(WordKind kind, string stems, string endings, WordFlags flags = WordFlags.None)
    {
        var suffixes = endings.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var entry in stems.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.LastIndexOf(':');
            var value = double.Parse(entry[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
            foreach (var suffix in suffixes)
                Put(entry[..colon] + (suffix == "-" ? "" : suffix), new NumberWord(kind, value, flags));
        }
        return this;
    }

    public string Code => code;

    public FoldKind Fold => fold;

    public IDictionary<string, NumberWord> Words => _words;

    public IDictionary<string, NumberWord> Phrases => _phrases;

    private void Put(string word, NumberWord meaning)
    {
        var target = word.Contains('_', StringComparison.Ordinal) ? _phrases : _words;
        var key = string.Join(' ', word.Split('_').Select(w => TextFold.Fold(w, fold)));
        if (!target.TryGetValue(key, out var existing))
            target[key] = meaning;
        else if (existing.Kind == meaning.Kind && existing.Value.Equals(meaning.Value))
            target[key] = existing with { Flags = existing.Flags | meaning.Flags };
    }
}
