using IntegrationBot.Testing.Conversations;
using static IntegrationBot.Flows.Tests.Ideas.IdeaWorld;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>In Teams the idea flow's questions come on Adaptive Cards; the whole idea can be given on cards.</summary>
public sealed class IdeaTeamsTests
{
    [Fact]
    public async Task An_idea_is_given_on_cards_and_the_summary_card_shows_every_line_with_yes_and_no()
    {
        await using var harness = NewHarness();
        var conversation = harness.Conversation("en-US", "msteams");
        var idea = FootballIdea("en");

        await conversation.SayAsync(harness.Text("en", "Menu_Idea"));
        await conversation.SubmitAsync($$"""{"answer":"{{idea}}"}""");
        await conversation.SubmitAsync("""{"choice":"done"}""");
        await conversation.SubmitAsync("""{"choice":"yes"}""");
        await conversation.SubmitAsync("""{"command":"skip"}""");
        await conversation.SubmitAsync("""{"choice":"anonymous"}""");
        var summary = Assert.Single(await conversation.SubmitAsync("""{"choice":"yes"}"""));

        var text = summary.Attachments![0].Content!.Value.GetProperty("body")[0].GetProperty("text").GetString();
        Assert.Equal(harness.Text("en", "Idea_Summary_Anonymous", FieldName(harness, "en", Sport), idea, harness.Text("en", "Idea_NotGiven")), text);
        Assert.Equal([harness.Text("en", "Engine_Yes"), harness.Text("en", "Engine_No")], Transcript.Buttons(summary));
        var submitted = await conversation.SubmitAsync("""{"choice":"yes"}""");
        // Teams renders Markdown: the engine turns single line breaks into hard breaks.
        Assert.Equal(harness.Text("en", "Idea_Submitted", "ABCDEF"), submitted[0].Text!.Replace("  \n", "\n", StringComparison.Ordinal));
        Assert.Equal(Sport, Assert.Single(await harness.AllIdeasAsync()).Field);
    }
}
