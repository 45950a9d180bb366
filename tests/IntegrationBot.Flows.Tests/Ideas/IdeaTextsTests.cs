using IntegrationBot.Flows.Ideas;
using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Ideas;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>How other residents' ideas are quoted: short, on one line, without their contact details.</summary>
public sealed class IdeaTextsTests
{
    [Fact]
    public void A_long_text_is_cut_at_a_word_boundary_and_put_on_one_line()
    {
        Assert.Equal("Mehr Bänke im Park…", IdeaTexts.FirstWords("Mehr Bänke\nim Park, und Schatten", 20));
        Assert.Equal("Kurz und gut", IdeaTexts.FirstWords("Kurz  und\ngut", 20));
    }

    [Fact]
    public async Task A_quote_of_an_idea_not_analysed_yet_leaves_out_email_addresses_and_phone_numbers()
    {
        await using var harness = new FlowHarness();
        var recognizers = harness.Services.GetRequiredService<Engine.Prompts.IPromptRecognizers>();
        var idea = Stored("Sprachcafé im Stadtteil, Infos bei anna@example.org oder 0251 4927077");

        var quote = IdeaTexts.Quote(idea, recognizers);

        Assert.DoesNotContain("anna@example.org", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("4927077", quote, StringComparison.Ordinal);
        Assert.StartsWith("Sprachcafé im Stadtteil", quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_of_an_analysed_idea_is_its_redacted_text()
    {
        await using var harness = new FlowHarness();
        var recognizers = harness.Services.GetRequiredService<Engine.Prompts.IPromptRecognizers>();
        var idea = Stored("Sprachcafé, Infos bei Anna Beispiel") with { RedactedText = "Sprachcafé, Infos bei [Name]" };

        Assert.Equal("Sprachcafé, Infos bei [Name]", IdeaTexts.Quote(idea, recognizers));
    }

    private static Idea Stored(string text) => new()
    {
        Id = Guid.NewGuid(),
        Reference = "ABCDEF",
        Text = text,
        Language = "de",
        Channel = "test",
        Field = "bildung-sprachen",
        ConsentAt = FlowHarness.DefaultNow,
        SubmittedAt = FlowHarness.DefaultNow,
        UpdatedAt = FlowHarness.DefaultNow,
    };
}
