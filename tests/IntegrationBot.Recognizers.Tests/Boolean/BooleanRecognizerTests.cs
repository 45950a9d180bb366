using IntegrationBot.Recognizers.Boolean;

namespace IntegrationBot.Recognizers.Tests.YesNo;

public sealed class BooleanRecognizerTests
{
    [Theory]
    [InlineData("de", "Ja klar!", true)]
    [InlineData("de", "Nein, danke", false)]
    [InlineData("de", "auf keinen Fall", false)]
    [InlineData("en", "yes please", true)]
    [InlineData("en", "disagree, it is not ok", false)]
    [InlineData("nl", "Ik ga akkoord", true)]
    [InlineData("fr", "oui bien sûr", true)]
    [InlineData("es", "No lo creo", false)]
    [InlineData("it", "certo", true)]
    [InlineData("pt", "não", false)]
    [InlineData("tr", "evet", true)]
    [InlineData("tr", "Hayır", false)]
    [InlineData("ar", "نعم", true)]
    [InlineData("ar", "لا", false)]
    [InlineData("uk", "так", true)]
    [InlineData("uk", "ні, дякую", false)]
    [InlineData("ru", "да", true)]
    [InlineData("ru", "нет", false)]
    [InlineData("fa", "بله", true)]
    [InlineData("fa", "نه", false)]
    [InlineData("de-DE", "👍", true)]
    public void Yes_and_no_are_recognized_per_language(string culture, string text, bool expected)
    {
        Assert.True(BooleanRecognizer.TryRecognize(text, culture, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void The_phrase_with_more_words_wins_over_an_earlier_single_word()
    {
        var result = Assert.Single(BooleanRecognizer.Recognize("Katılıyorum, tamam değil", "tr"));

        Assert.Equal("tamam değil", result.Text);
        Assert.False(((BooleanResolution)result.Resolution).Value);
    }

    [Fact]
    public void On_a_tie_the_first_answer_wins()
    {
        var result = Assert.Single(BooleanRecognizer.Recognize("Ja. Ich sagte nein", "de"));

        Assert.Equal("Ja", result.Text);
        Assert.Equal(0, result.Start);
        Assert.Equal(1, result.End);
    }

    [Theory]
    [InlineData("de", "Vielleicht morgen")]
    [InlineData("en", "maybe later")]
    [InlineData("xx", "yes")]
    public void Text_without_an_answer_gives_nothing(string culture, string text)
    {
        Assert.False(BooleanRecognizer.TryRecognize(text, culture, out _));
    }

    [Fact]
    public void Skin_tone_belongs_to_the_emoji()
    {
        var result = Assert.Single(BooleanRecognizer.Recognize("👌🏿 Alles klar", "de"));

        Assert.Equal("👌🏿", result.Text);
    }
}
