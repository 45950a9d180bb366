using System.Text.Json;
using IntegrationBot.Contacts.Topics;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Flows.Contacts;

namespace IntegrationBot.Flows.Tests.Contacts;

public sealed class ContactDraftTests
{
    [Fact]
    public void The_draft_round_trips_through_the_dialog_state_json_with_the_topic_by_name()
    {
        var draft = new ContactDraft { Topic = Topic.ChanceResidence, Handoff = true };
        var json = JsonSerializer.SerializeToElement(draft, DialogJson.Options);

        Assert.Equal("ChanceResidence", json.GetProperty("topic").GetString());
        var back = json.Deserialize<ContactDraft>(DialogJson.Options)!;
        Assert.Equal((draft.Topic, draft.Handoff), (back.Topic, back.Handoff));
    }

    [Fact]
    public void The_draft_has_no_place_for_the_description()
    {
        // The description is classified and dropped; only the topic and the handoff flag are kept in state.
        Assert.Equal(["Topic", "Handoff"], typeof(ContactDraft).GetProperties().Select(p => p.Name));
    }
}
