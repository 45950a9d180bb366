namespace IntegrationBot.Recognizers.Ordinal;

/// <summary>What an ordinal counts from: the start of a list, the item in view, or the end of the list.</summary>
public enum OrdinalAnchor
{
    Start,
    Current,
    End,
}

/// <summary>
/// A position in a list as the user named it: "the second" is (2, Start), "the next" (1, Current),
/// "the last" (0, End), "the one before last" / "vorletzte" (-1, End).
/// </summary>
public readonly record struct OrdinalReference(long Offset, OrdinalAnchor RelativeTo)
{
    /// <summary>
    /// The zero-based index this reference picks in a list of <paramref name="count"/> items, with
    /// <paramref name="current"/> the index in view; null when it falls outside the list.
    /// </summary>
    public int? ToIndex(int count, int current = 0)
    {
        var index = RelativeTo switch
        {
            OrdinalAnchor.Start => Offset - 1,
            OrdinalAnchor.Current => current + Offset,
            _ => count - 1 + Offset,
        };
        return index >= 0 && index < count ? (int)index : null;
    }

    internal string AnchorName => RelativeTo switch
    {
        OrdinalAnchor.Start => "start",
        OrdinalAnchor.Current => "current",
        _ => "end",
    };
}
