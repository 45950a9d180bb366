using IntegrationBot.Recognizers.Ordinal;

namespace IntegrationBot.Recognizers.Tests.Ordinal;

public sealed class OrdinalRecognizerTests
{
    [Theory]
    [InlineData("de", "den zweiten bitte", 2, OrdinalAnchor.Start)]
    [InlineData("de", "die 3. Option", 3, OrdinalAnchor.Start)]
    [InlineData("de", "die vorletzte", -1, OrdinalAnchor.End)]
    [InlineData("de", "den letzten", 0, OrdinalAnchor.End)]
    [InlineData("de", "den nächsten", 1, OrdinalAnchor.Current)]
    [InlineData("en", "the twenty-first", 21, OrdinalAnchor.Start)]
    [InlineData("en", "the 2nd one", 2, OrdinalAnchor.Start)]
    [InlineData("en", "last", 0, OrdinalAnchor.End)]
    [InlineData("en", "the one before last", -1, OrdinalAnchor.End)]
    [InlineData("nl", "de voorlaatste", -1, OrdinalAnchor.End)]
    [InlineData("fr", "la vingt et unième", 21, OrdinalAnchor.Start)]
    [InlineData("es", "cuadragésimo séptimo", 47, OrdinalAnchor.Start)]
    [InlineData("it", "il centoventisettesimo", 127, OrdinalAnchor.Start)]
    [InlineData("pt", "o penúltimo", -1, OrdinalAnchor.End)]
    [InlineData("tr", "yirmi beşinci", 25, OrdinalAnchor.Start)]
    [InlineData("ar", "الأخير", 0, OrdinalAnchor.End)]
    public void Ordinals_are_resolved_to_offset_and_anchor(string culture, string text, long offset, OrdinalAnchor anchor)
    {
        Assert.True(OrdinalRecognizer.TryRecognize(text, culture, out var reference));
        Assert.Equal(new OrdinalReference(offset, anchor), reference);
    }

    [Theory]
    [InlineData(2, OrdinalAnchor.Start, 5, 0, 1)]
    [InlineData(0, OrdinalAnchor.End, 5, 0, 4)]
    [InlineData(-1, OrdinalAnchor.End, 5, 0, 3)]
    [InlineData(1, OrdinalAnchor.Current, 5, 2, 3)]
    public void A_reference_picks_an_index_in_a_list(long offset, OrdinalAnchor anchor, int count, int current, int expected)
    {
        Assert.Equal(expected, new OrdinalReference(offset, anchor).ToIndex(count, current));
    }

    [Fact]
    public void A_reference_outside_the_list_picks_nothing()
    {
        Assert.Null(new OrdinalReference(7, OrdinalAnchor.Start).ToIndex(3));
    }

    [Fact]
    public void Relative_ordinals_carry_upstreams_label_as_value()
    {
        var result = Assert.Single(OrdinalRecognizer.Recognize("Zeig mir das drittletzte.", "de"));

        Assert.Equal(OrdinalRecognizer.RelativeTypeName, result.TypeName);
        Assert.Equal(new OrdinalResolution("end-2", "-2", "end"), result.Resolution);
    }

    [Fact]
    public void A_longer_relative_phrase_hides_the_ordinal_inside_it()
    {
        var result = Assert.Single(OrdinalRecognizer.Recognize("sondan üçüncü", "tr"));

        Assert.Equal("sondan üçüncü", result.Text);
    }

    [Fact]
    public void One_before_a_scale_ordinal_is_a_fraction_not_an_ordinal()
    {
        Assert.Empty(OrdinalRecognizer.Recognize("een biljoenste", "nl"));
    }
}
