using IntegrationBot.TextAnalytics.Offline.KeyPhrases;

namespace IntegrationBot.TextAnalytics.Tests.Offline.KeyPhrases;

public sealed class KeyPhraseExtractorTests
{
    private static readonly KeyPhraseExtractor Extractor = new();

    [Theory]
    [InlineData("de", "Mehr Sprachkurse am Abend in Kinderhaus", new[] { "Sprachkurse", "Abend", "Kinderhaus" })]
    [InlineData("en", "I would like more evening language classes because I work during the day.", new[] { "evening language classes" })]
    [InlineData("nl", "Ik wil graag meer taalcursussen in de avond, omdat ik overdag werk.", new[] { "taalcursussen", "avond" })]
    [InlineData("tr", "Gündüz çalıştığım için akşamları daha fazla dil kursu olmasını istiyorum.", new[] { "dil kursu", "akşamları" })]
    [InlineData("ru", "Я хотел бы больше вечерних языковых курсов, потому что днём я работаю.", new[] { "вечерних языковых курсов" })]
    [InlineData("uk", "Я хотів би більше вечірніх мовних курсів, бо вдень я працюю.", new[] { "вечірніх мовних курсів" })]
    [InlineData("ar", "أتمنى وجود دورات لغة أكثر في المساء لأنني أعمل خلال النهار.", new[] { "دورات لغة", "المساء" })]
    [InlineData("fa", "دوست دارم کلاس‌های زبان بیشتری در شب باشد، چون روزها کار می‌کنم.", new[] { "کلاس‌های زبان" })]
    public void Content_words_of_a_shipped_language_become_key_phrases(string language, string text, string[] expected)
    {
        var phrases = Extractor.Extract(text, language);

        Assert.All(expected, phrase => Assert.Contains(phrase, phrases));
    }

    [Theory]
    [InlineData("de", "Ich wünsche mir, dass die Stadt mehr für die Kinder tut.", new[] { "ich", "mir", "dass", "die", "mehr", "für" })]
    [InlineData("en", "We would like the city to do more for the children.", new[] { "we", "would", "the", "to", "more", "for" })]
    public void Stopwords_never_become_key_phrases(string language, string text, string[] stopwords)
    {
        var phrases = Extractor.Extract(text, language);

        Assert.NotEmpty(phrases);
        Assert.All(phrases, phrase => Assert.DoesNotContain(phrase.ToLowerInvariant(), stopwords));
    }

    [Fact]
    public void A_repeated_topic_comes_first()
    {
        var phrases = Extractor.Extract(
            "Wir brauchen einen Bolzplatz. Der alte Bolzplatz ist kaputt, und ohne Bolzplatz spielen die Kinder auf der Straße.", "de");

        Assert.Equal("Bolzplatz", phrases[0]);
    }

    [Fact]
    public void Phrases_keep_the_texts_own_words_and_casing()
    {
        var text = "Kostenlose WLAN-Hotspots in der Innenstadt";

        var phrases = Extractor.Extract(text, "de");

        Assert.All(phrases, phrase => Assert.Contains(phrase, text, StringComparison.Ordinal));
        Assert.Contains("Kostenlose WLAN-Hotspots", phrases);
    }

    [Fact]
    public void At_most_five_phrases_are_returned_in_a_stable_order()
    {
        var text = "Sprachkurse, Wohnungen, Kitaplätze, Radwege, Sportplätze, Parks, Bänke und Toiletten fehlen in Münster.";

        var first = Extractor.Extract(text, "de");
        var second = Extractor.Extract(text, "de");

        Assert.Equal(5, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(["Sprachkurse", "Wohnungen", "Kitaplätze", "Radwege", "Sportplätze"], first);
    }

    [Fact]
    public void A_language_without_a_stopword_list_falls_back_to_long_words()
    {
        var phrases = Extractor.Extract("Qué bonito es el parque", "xx");

        Assert.Equal(["bonito", "parque"], phrases);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! 123 ???")]
    [InlineData("und oder aber")]
    public void Text_without_content_words_has_no_key_phrases(string text)
    {
        Assert.Empty(Extractor.Extract(text, "de"));
    }
}
