using System.Text;

namespace IntegrationBot.Engine.Prompts;

/// <summary>
/// Splits a long text into parts of at most a byte budget (<see cref="TeamsMessageBudget.Measure"/>), preferring
/// paragraph breaks, then line breaks, then spaces; only a text without any is cut inside a word (never inside a
/// surrogate pair). Parts are measured as JSON string content, so quotes and escapes count.
/// </summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxBytes)
    {
        if (Fits(text, maxBytes))
            return [text];
        var parts = new List<string>();
        var current = new StringBuilder();
        var currentBytes = 0;
        foreach (var piece in Pieces(text, maxBytes))
        {
            // The sum of the pieces' sizes bounds the size of their concatenation (each counts its own quotes).
            var pieceBytes = Size(piece);
            if (current.Length > 0 && currentBytes + pieceBytes > maxBytes)
            {
                AddPart(parts, current);
                current.Clear();
                currentBytes = 0;
            }
            current.Append(current.Length == 0 ? piece.TrimStart() : piece);
            currentBytes += pieceBytes;
        }
        AddPart(parts, current);
        return parts.Count > 0 ? parts : [text.Trim()];
    }

    private static void AddPart(List<string> parts, StringBuilder current)
    {
        var part = current.ToString().TrimEnd();
        if (part.Length > 0)
            parts.Add(part);
    }

    /// <summary>Shortens <paramref name="text"/> to <paramref name="maxChars"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int maxChars) =>
        text.Length <= maxChars ? text : text[..SafeCut(text, maxChars - 1)].TrimEnd() + "…";

    // Pieces keep their leading separator so joining them again gives the original text.
    private static IEnumerable<string> Pieces(string text, int maxBytes)
    {
        foreach (var paragraph in SplitKeeping(text, "\n\n"))
        {
            if (Fits(paragraph, maxBytes))
            {
                yield return paragraph;
                continue;
            }
            foreach (var line in SplitKeeping(paragraph, "\n"))
            {
                if (Fits(line, maxBytes))
                {
                    yield return line;
                    continue;
                }
                foreach (var word in SplitKeeping(line, " "))
                {
                    foreach (var chunk in HardCut(word, maxBytes))
                        yield return chunk;
                }
            }
        }
    }

    private static IEnumerable<string> SplitKeeping(string text, string separator)
    {
        var start = 0;
        var from = 0;
        while (true)
        {
            var next = text.IndexOf(separator, from, StringComparison.Ordinal);
            if (next < 0)
            {
                yield return text[start..];
                yield break;
            }
            if (next > start)
            {
                yield return text[start..next];
                start = next;
            }
            from = next + separator.Length; // always moves on, also past separators at the very start
        }
    }

    private static IEnumerable<string> HardCut(string word, int maxBytes)
    {
        var rest = word;
        while (!Fits(rest, maxBytes))
        {
            var low = 1;
            var high = rest.Length;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (Fits(rest[..middle], maxBytes))
                    low = middle;
                else
                    high = middle - 1;
            }
            var cut = SafeCut(rest, low);
            if (cut == 0)
                cut = Math.Min(2, rest.Length); // a budget smaller than one surrogate pair: still move on
            yield return rest[..cut];
            rest = rest[cut..];
        }
        yield return rest;
    }

    private static int SafeCut(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;

    private static bool Fits(string text, int maxBytes) => Size(text) <= maxBytes;

    // Teams gets Markdown hard breaks: every lone line break becomes "  \n" on the way out (Turns.LineBreaks).
    private static int Size(string text) => DialogsJson.WireSize(text.Replace("\n", "  \n", StringComparison.Ordinal));
}
