using IntegrationBot.Ideas.Fields;
using IntegrationBot.Ideas.Similarity;
using IntegrationBot.Ideas.Tests.Fields;

namespace IntegrationBot.Ideas.Tests.Similarity;

/// <summary>
/// The threshold measured on the labelled ideas: two ideas of different Handlungsfelder are (almost) never shown as
/// "already suggested" to each other. Same-field pairs are not asserted: most of them are different ideas too.
/// </summary>
public sealed class SimilarityOnLabelledIdeasTests(ITestOutputHelper output)
{
    [Fact]
    public void Ideas_of_different_fields_rarely_look_alike()
    {
        var matcher = ConceptMatcher.CreateDefault();
        var ideas = LabelledIdea.Load("labelled-ideas.tsv");
        var profiles = ideas.Select(i => IdeaProfile.Of(matcher, i.Text)).ToArray();
        int crossField = 0, crossFieldShown = 0, sameField = 0, sameFieldShown = 0;
        for (var a = 0; a < ideas.Count; a++)
        {
            for (var b = a + 1; b < ideas.Count; b++)
            {
                var shown = profiles[a].SimilarityTo(profiles[b]).Best >= SimilarIdeaFinder.Threshold;
                if (ideas[a].Field == ideas[b].Field)
                {
                    sameField++;
                    sameFieldShown += shown ? 1 : 0;
                }
                else
                {
                    crossField++;
                    crossFieldShown += shown ? 1 : 0;
                    if (shown)
                        output.WriteLine($"shown across fields: {ideas[a].Text} | {ideas[b].Text}");
                }
            }
        }
        output.WriteLine($"pairs shown: same field {sameFieldShown}/{sameField}, different fields {crossFieldShown}/{crossField}");

        Assert.True(crossFieldShown <= crossField / 2000, $"{crossFieldShown} of {crossField} pairs of different fields look alike");
    }
}
