using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Engine.Tests.Prompts;

public sealed class TextSplitterTests
{
    [Theory]
    [InlineData("\n\nErster Absatz mit etwas Text\n\nZweiter Absatz, länger als das Budget erlaubt, mit vielen Wörtern darin", "\n\n")]
    [InlineData("\nZeile eins ist ziemlich lang geraten\nZeile zwei ist auch nicht kurz\n", "\n")]
    [InlineData(" Wörter mit führendem Leerzeichen und noch vielen weiteren Wörtern ", " ")]
    public void Text_starting_with_a_separator_is_split_into_parts_that_fit_and_join_back(string text, string separator)
    {
        var parts = TextSplitter.Split(text, 60);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(TeamsMessageBudget.Measure("\"" + part.Replace("\n", "  \n", StringComparison.Ordinal) + "\"") <= 60, part));
        Assert.All(parts, part => Assert.NotEqual(string.Empty, part));
        Assert.Equal(Words(text), Words(string.Join(separator, parts)));
    }

    [Fact]
    public void Surrogate_pairs_are_never_cut_in_half()
    {
        var text = string.Concat(Enumerable.Repeat("👋", 100));

        var parts = TextSplitter.Split(text, 40);

        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part[^1])));
    }

    [Fact]
    public void Shorten_ends_with_an_ellipsis_and_keeps_short_texts()
    {
        Assert.Equal("kurz", TextSplitter.Shorten("kurz", 10));
        Assert.Equal("zu lang…", TextSplitter.Shorten("zu lang geraten", 8));
    }

    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
