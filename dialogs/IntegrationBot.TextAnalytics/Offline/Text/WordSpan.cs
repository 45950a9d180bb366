namespace IntegrationBot.TextAnalytics.Offline.Text;

/// <summary>A word in a text: its UTF-16 offset and length in the original string.</summary>
public readonly record struct WordSpan(int Offset, int Length)
{
    public int End => Offset + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Offset, Length);
}
