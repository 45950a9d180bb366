using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Contacts.Directory;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Flows.Contacts;

/// <summary>
/// One directory entry as a message: an Adaptive Card (name, facts, a link button) for channels that draw cards,
/// plain text everywhere else, and the same text as the card's fallback. Fields the directory does not know are
/// left out rather than guessed.
/// </summary>
public static class ContactCard
{
    private static readonly HashSet<string> CardChannels = new(StringComparer.Ordinal)
    {
        Channels.MsTeams, Channels.WebChat, Channels.DirectLine, Channels.Emulator,
    };

    public static Activity Render(ITurnContext turn, IBotTexts texts, DirectoryEntry entry, string? parentName)
    {
        var facts = Facts(texts, entry, parentName);
        var text = new StringBuilder(entry.Name);
        foreach (var (label, value) in facts)
            text.Append('\n').Append(label).Append(": ").Append(value);
        if (!entry.HasWayToReach)
            text.Append('\n').Append(texts["Contacts_NoDetails"]);

        var activity = new Activity { Type = ActivityTypes.Message };
        if (CardChannels.Contains(turn.Activity.ChannelId ?? string.Empty))
            activity.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Card(texts, entry, facts, text.ToString()) }];
        else
            activity.Text = text.ToString();
        return activity;
    }

    private static List<(string Label, string Value)> Facts(IBotTexts texts, DirectoryEntry entry, string? parentName)
    {
        var facts = new List<(string, string)>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                facts.Add((texts["Contacts_Label_" + key], value));
        }
        Add("PartOf", parentName);
        Add("Person", entry.ContactPerson);
        Add("Address", entry.Address);
        Add("Email", entry.Email);
        Add("Phone", entry.Phone);
        Add("Hours", entry.OpeningHours);
        Add("Appointments", entry.AppointmentRules);
        Add("Languages", entry.Languages.Count == 0 ? null : string.Join(", ", entry.Languages.Select(l => texts["Language_" + l])));
        Add("BarrierFree", entry.BarrierFree switch { true => texts["Contacts_BarrierFree_Yes"], false => texts["Contacts_BarrierFree_No"], null => null });
        Add("Web", entry.WebLink);
        return facts;
    }

    private static JsonElement Card(IBotTexts texts, DirectoryEntry entry, List<(string Label, string Value)> facts, string fallback)
    {
        var body = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = entry.Name, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true });
        if (facts.Count > 0)
        {
            var factSet = new JsonArray();
            foreach (var (label, value) in facts)
                factSet.Add(new JsonObject { ["title"] = label, ["value"] = value });
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = factSet });
        }
        if (!entry.HasWayToReach)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = texts["Contacts_NoDetails"], ["wrap"] = true, ["isSubtle"] = true });
        var actions = new JsonArray();
        if (entry.WebLink is { } link)
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = texts["Contacts_Label_Web"], ["url"] = link });
        if (entry.Email is { } email)
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = texts["Contacts_WriteEmail"], ["url"] = "mailto:" + email });
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = fallback,
            ["body"] = body,
            ["actions"] = actions,
        };
        return JsonSerializer.SerializeToElement(card);
    }
}
