using IntegrationBot.Domain.Events;
using IntegrationBot.Ideas.Fields;
using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Ideas.Tests.Fields;

public sealed class FieldClassifierTests
{
    private static readonly FieldClassifier Classifier = FieldClassifier.CreateDefault();

    [Theory]
    [InlineData("Mehr Sprachkurse am Abend", Handlungsfelder.BildungSprachen)]
    [InlineData("bezahlbare Wohnungen für Familien", Handlungsfelder.Wohnen)]
    [InlineData("more football clubs for girls", Handlungsfelder.SportFreizeit)]
    [InlineData("akşam dil kursları", Handlungsfelder.BildungSprachen)]
    [InlineData("Більше курсів німецької мови", Handlungsfelder.BildungSprachen)]
    [InlineData("دورات لغة ألمانية في المساء", Handlungsfelder.BildungSprachen)]
    [InlineData("کلاس‌های زبان آلمانی برای زنان", Handlungsfelder.BildungSprachen)]
    [InlineData("Meer betaalbare woningen in de wijk", Handlungsfelder.Wohnen)]
    [InlineData("Больше врачей, которые говорят по-русски", Handlungsfelder.GesundheitPflege)]
    [InlineData("Wahlrecht für alle, die hier leben", Handlungsfelder.Partizipation)]
    public void Obvious_ideas_get_their_field_first(string text, string field) =>
        Assert.Equal(field, Classifier.Suggest(text, null)[0].Field);

    [Fact]
    public void A_text_without_any_clue_gets_no_suggestion() =>
        Assert.Empty(Classifier.Suggest("Hallo, danke!", "de"));

    [Fact]
    public void Scores_are_ranked_best_first_and_lie_in_zero_to_one()
    {
        var ranked = Classifier.Suggest("Sprachkurse mit Kinderbetreuung im Stadtteil", "de");

        Assert.True(ranked.Count > 1);
        Assert.All(ranked, s => Assert.InRange(s.Score, double.Epsilon, 1.0));
        Assert.Equal(ranked.OrderByDescending(s => s.Score).Select(s => s.Field), ranked.Select(s => s.Field));
        Assert.All(ranked, s => Assert.True(Handlungsfelder.IsKnown(s.Field)));
    }

    [Fact]
    public void Folding_unifies_letter_variants_across_scripts()
    {
        Assert.Equal(TextFolding.Fold("كلاس"), TextFolding.Fold("کلاس"));
        Assert.Equal(TextFolding.Fold("ي"), TextFolding.Fold("ی"));
        Assert.Equal(TextFolding.Fold("всё"), TextFolding.Fold("все"));
        Assert.Equal(TextFolding.Fold("Bürger"), TextFolding.Fold("Buerger"));
        Assert.Equal(TextFolding.Fold("کلاس‌ها"), TextFolding.Fold("کلاسها"));
    }

    [Fact]
    public void The_same_text_always_gets_the_same_ranking_also_concurrently()
    {
        const string text = "Sportangebote und Sprachcafé für Jugendliche im Viertel";
        var expected = Classifier.Suggest(text, "de");

        Parallel.For(0, 200, _ => Assert.Equal(expected, Classifier.Suggest(text, "de")));
    }
}
