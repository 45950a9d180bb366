using IntegrationBot.Contacts.Topics;

namespace IntegrationBot.Contacts.Tests.Topics;

public sealed class TopicClassifierTests
{
    private static readonly TopicClassifier Classifier = TopicClassifier.CreateDefault();

    [Theory]
    [InlineData("Ich habe Post von der Auslaenderbehoerde", Topic.ResidenceLaw)]
    [InlineData("Ausländerbehörde", Topic.ResidenceLaw)]
    [InlineData("وصلتني رسالة من دائرة الأجانب والإقامة", Topic.ResidenceLaw)]
    [InlineData("أنا أبحث عن شقة", Topic.Housing)]
    [InlineData("Hallo, I need help with my Aufenthaltstitel bitte", Topic.ResidenceLaw)]
    [InlineData("Chancen-Aufenthaltsrecht", Topic.ChanceResidence)]
    [InlineData("ШАНС на перебування", Topic.ChanceResidence)]
    public void Spelling_variants_scripts_and_official_german_terms_find_the_topic(string text, Topic expected) =>
        Assert.Equal(expected, Classifier.Classify(text).Best?.Topic);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hmm, keine Ahnung")]
    [InlineData("xyz")]
    public void Text_without_a_topic_word_ranks_nothing(string text) =>
        Assert.Empty(Classifier.Classify(text).Scores);

    [Fact]
    public void A_tie_between_two_topics_is_not_clear()
    {
        var ranking = Classifier.Classify("Wohnung und Arzt");
        Assert.Equal(2, ranking.Scores.Count);
        Assert.False(ranking.IsClear(new ClassifierThresholds()));
    }

    [Fact]
    public void One_strong_word_is_clear()
    {
        Assert.True(Classifier.Classify("Deutschkurs").IsClear(new ClassifierThresholds()));
    }

    [Fact]
    public void Classifying_concurrently_gives_the_same_answers()
    {
        var needs = LabelledNeed.Load();
        var sequential = needs.Select(n => Classifier.Classify(n.Text).Best?.Topic).ToArray();
        var parallel = needs.AsParallel().AsOrdered().Select(n => Classifier.Classify(n.Text).Best?.Topic).ToArray();
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Every_topic_has_terms_in_every_shipped_script()
    {
        var lexicon = TopicLexicon.LoadEmbedded();
        foreach (var topic in Enum.GetValues<Topic>())
        {
            var terms = lexicon.Terms.Where(t => t.Topic == topic).ToList();
            Assert.Contains(terms, t => t.Folded[0] is >= 'a' and <= 'z');
            Assert.Contains(terms, t => t.Folded[0] is >= '\u0400' and <= '\u04FF');
            Assert.Contains(terms, t => t.Folded[0] is >= '\u0600' and <= '\u06FF');
        }
    }
}
