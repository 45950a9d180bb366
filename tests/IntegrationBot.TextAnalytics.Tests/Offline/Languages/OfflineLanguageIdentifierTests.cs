using System.Diagnostics;
using IntegrationBot.TextAnalytics.Offline.Languages;

namespace IntegrationBot.TextAnalytics.Tests.Offline.Languages;

public sealed class OfflineLanguageIdentifierTests
{
    private static readonly OfflineLanguageIdentifier Identifier = new();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345 67, 2025!")]
    [InlineData("🙂👍")]
    [InlineData("x")]
    public void Text_without_enough_letters_is_undetermined(string text)
    {
        var detected = Identifier.Identify(text);

        Assert.Equal(new DetectedLanguage(DetectedLanguage.UndeterminedCode, 0), detected);
    }

    [Theory]
    [InlineData("xkcd qwrtz plmkn")]
    [InlineData("asdfghjkl qwertzuiop")]
    [InlineData("zzzz qqqq xxxx")]
    [InlineData("hfhfhf dhdhd")]
    public void Key_mashing_is_undetermined(string text)
    {
        Assert.Equal(DetectedLanguage.UndeterminedCode, Identifier.Identify(text).Code);
    }

    [Theory]
    [InlineData("Mehr Sprachkurse am Abend in Kinderhaus", "de")]
    [InlineData("Dank je wel voor de hulp", "nl")]
    [InlineData("Rojbaş hevalno, çawa ne?", "ku")]
    [InlineData("Merhaba, nasılsınız?", "tr")]
    [InlineData("Дякую за допомогу", "uk")]
    [InlineData("Спасибо за помощь", "ru")]
    [InlineData("شكرا جزيلا على المساعدة", "ar")]
    [InlineData("خیلی ممنون از کمک شما", "fa")]
    public void Short_everyday_texts_are_identified(string text, string expected)
    {
        Assert.Equal(expected, Identifier.Identify(text).Code);
    }

    [Fact]
    public void Sorani_Kurdish_in_Arabic_script_is_reported_as_ckb()
    {
        var detected = Identifier.Identify("سڵاو، من دەمەوێت فێری زمانی ئەڵمانی ببم لە شارەکەمان");

        Assert.Equal("ckb", detected.Code);
    }

    [Theory]
    [InlineData("Καλημέρα σε όλους", "el")]
    [InlineData("안녕하세요 반갑습니다", "ko")]
    [InlineData("こんにちは、元気ですか", "ja")]
    public void A_script_used_by_one_language_names_it(string text, string expected)
    {
        Assert.Equal(expected, Identifier.Identify(text).Code);
    }

    [Fact]
    public void A_full_sentence_is_identified_with_higher_confidence_than_one_word()
    {
        var word = Identifier.Identify("Wohnung");
        var sentence = Identifier.Identify("Wir suchen seit Monaten eine Wohnung für unsere Familie in Münster.");

        Assert.Equal("de", sentence.Code);
        Assert.True(sentence.Confidence > word.Confidence, $"{sentence.Confidence} <= {word.Confidence}");
        Assert.InRange(sentence.Confidence, 0.9, 1.0);
    }

    [Fact]
    public void The_conversation_language_decides_a_text_that_fits_two_languages()
    {
        // "ok" is English, German, Dutch, Turkish...: the text alone cannot decide.
        var withGermanHint = Identifier.Identify("ok", "de-DE");
        var withDutchHint = Identifier.Identify("ok", "nl");

        Assert.Equal("de", withGermanHint.Code);
        Assert.Equal("nl", withDutchHint.Code);
    }

    [Fact]
    public void The_hint_does_not_override_a_clear_text()
    {
        Assert.Equal("tr", Identifier.Identify("Çocuklar için daha fazla oyun parkı istiyoruz", "de").Code);
    }

    [Fact]
    public void A_very_long_text_is_identified_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("Wir wünschen uns mehr Bänke im Park am Aasee. ", 1100));
        Identifier.Identify("warm up");

        var stopwatch = Stopwatch.StartNew();
        var detected = Identifier.Identify(text);

        Assert.True(text.Length >= 50_000);
        Assert.Equal("de", detected.Code);
        Assert.True(stopwatch.ElapsedMilliseconds < 200, $"{stopwatch.ElapsedMilliseconds} ms");
    }
}
