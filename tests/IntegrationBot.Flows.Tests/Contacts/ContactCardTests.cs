using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Flows.Tests.Contacts;

public sealed class ContactCardTests
{
    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    public async Task Card_channels_get_an_adaptive_card_with_the_text_as_fallback(string channel)
    {
        await using var harness = new FlowHarness();
        var conversation = harness.Conversation("de-DE", channel);
        await conversation.SayAsync("Ansprechperson finden");
        var replies = await conversation.SayAsync("Deutschkurs am Abend");

        var card = Assert.Single(replies, r => r.Attachments is { Count: > 0 } && r.Attachments[0].Content!.Value.TryGetProperty("fallbackText", out _))
            .Attachments![0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var content = card.Content!.Value;
        Assert.Equal("Volkshochschule Münster\nAdresse: Aegidiimarkt 3, 48143 Münster", content.GetProperty("fallbackText").GetString());
        var facts = content.GetProperty("body")[1].GetProperty("facts");
        Assert.Equal("Aegidiimarkt 3, 48143 Münster", facts[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_contact_with_an_email_offers_a_mail_button_and_unknown_fields_stay_out()
    {
        await using var harness = new FlowHarness();
        var conversation = harness.Conversation("en-US", "msteams");
        await conversation.SayAsync("Find a contact person");
        var replies = await conversation.SayAsync("Where do I register for the Leitbild workshop?");

        var first = replies.First(r => r.Attachments is { Count: > 0 } && r.Attachments[0].Content!.Value.TryGetProperty("fallbackText", out _));
        var content = first.Attachments![0].Content!.Value;
        Assert.Equal("mailto:meiber@stadt-muenster.de", content.GetProperty("actions")[0].GetProperty("url").GetString());
        var fallback = content.GetProperty("fallbackText").GetString()!;
        Assert.Contains("Phone: 02 51/4 92-70 77", fallback, StringComparison.Ordinal);
        Assert.DoesNotContain("Opening hours", fallback, StringComparison.Ordinal);
    }
}
