using IntegrationBot.Recognizers.Number;

namespace IntegrationBot.Recognizers.Tests.Number;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("de", "zweihundertsechsundfünfzig", 256)]
    [InlineData("de", "dreieinhalb Millionen", 3_500_000)]
    [InlineData("de", "1.234,5", 1234.5)]
    [InlineData("de", "zwei Komma drei", 2.3)]
    [InlineData("de", "ein halbes Dutzend", 6)]
    [InlineData("en", "one hundred and sixty-one", 161)]
    [InlineData("en", "1,234.5", 1234.5)]
    [InlineData("en", "five and a half million", 5_500_000)]
    [InlineData("en", "three quarters", 0.75)]
    [InlineData("nl", "tweeëntwintig", 22)]
    [InlineData("fr", "quatre-vingt-dix-neuf", 99)]
    [InlineData("fr", "0,6", 0.6)]
    [InlineData("es", "trescientos cuarenta y siete", 347)]
    [InlineData("it", "tremiladuecentoquarantatre", 3243)]
    [InlineData("pt", "duas mil trezentas e quarenta e sete", 2347)]
    [InlineData("tr", "yüz altmış bir", 161)]
    [InlineData("ar", "واحد وعشرون", 21)]
    [InlineData("ar", "١٢٣", 123)]
    [InlineData("uk", "двадцять п'ять", 25)]
    [InlineData("uk", "п’ятсот", 500)]
    [InlineData("uk", "٤٢", 42)]
    [InlineData("ru", "триста сорок два", 342)]
    [InlineData("ru", "1 234,5", 1234.5)]
    [InlineData("fa", "بیست و یک", 21)]
    [InlineData("fa", "۱۲۳", 123)]
    [InlineData("fa", "۳٫۵", 3.5)]
    [InlineData("fa", "سیصد", 300)]
    public void Numbers_are_parsed_in_each_language(string culture, string text, double expected)
    {
        Assert.True(NumberRecognizer.TryParseNumber(text, culture, out var value));
        Assert.Equal(expected, value, 9);
    }

    [Theory]
    [InlineData("de", "1/2", "0,5")]
    [InlineData("en", "1/2", "0.5")]
    [InlineData("fr", "deux tiers", "0,666666666666667")]
    [InlineData("ar", "٤,٨", "4.8")]
    public void Values_are_written_in_the_cultures_number_format(string culture, string text, string expected)
    {
        var result = Assert.Single(NumberRecognizer.Recognize(text, culture));

        Assert.Equal(expected, ((NumberResolution)result.Resolution).Value);
    }

    [Fact]
    public void Every_number_in_a_sentence_is_found_with_its_position()
    {
        var results = NumberRecognizer.Recognize("Wir kommen zu fünft, also 5 Leute und zwei Kinder", "de");

        Assert.Equal(["5", "zwei"], results.Select(r => r.Text));
        Assert.Equal(26, results[0].Start);
        Assert.Equal(26, results[0].End);
    }

    [Theory]
    [InlineData("en", "That one is really good")]
    [InlineData("en", "the 29km road")]
    [InlineData("de", "Claudia Tausend")]
    [InlineData("it", "ha compiuto settant anni")]
    [InlineData("de", "")]
    public void Words_that_only_look_like_numbers_give_nothing(string culture, string text)
    {
        Assert.Empty(NumberRecognizer.Recognize(text, culture));
    }

    [Fact]
    public void An_unknown_culture_gives_nothing()
    {
        Assert.False(NumberRecognizer.TryParseNumber("12", "xx", out _));
    }
}
