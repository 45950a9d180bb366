using System.Text.Json;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Flows.Ideas;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>The idea draft and the idea flow's prompt state survive the JSON round trip the engine puts them through every turn.</summary>
public sealed class IdeaDraftTests
{
    [Fact]
    public void A_filled_idea_draft_round_trips_unchanged()
    {
        var draft = new IdeaDraft
        {
            Text = "Mehr Deutschkurse am Abend\nAm besten zweimal pro Woche",
            Field = "bildung-sprachen",
            SuggestedField = "bildung-sprachen",
            Neighbourhood = "Kinderhaus",
            Named = true,
            Name = "Amira Beispiel",
            Contact = "amira@example.org",
            ConsentAt = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero),
            RequestId = "7-abcdef12",
        };

        var copy = JsonSerializer.SerializeToElement(draft, DialogJson.Options).Deserialize<IdeaDraft>(DialogJson.Options)!;

        Assert.Equivalent(draft, copy, strict: true);
    }

    [Fact]
    public void The_text_or_choice_question_round_trips_with_its_choices()
    {
        var state = new PromptState(new PromptOptions(Text.Of("Idea_AskMore"))
        {
            Choices = [new Choice(IdeaChoices.Done, Text.Of("Idea_Done"), "Idea_Done_Synonyms")],
            Max = IdeaTexts.MaxLength,
        }, 1);

        var copy = JsonSerializer.SerializeToElement(state, DialogJson.Options).Deserialize<PromptState>(DialogJson.Options)!;

        Assert.Equivalent(state, copy, strict: true);
    }
}
