using System.Text.Json;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Flows.Events;
using IntegrationBot.Schema;

namespace IntegrationBot.Flows.Registration;

/// <summary>What registration steps take from the turn: who is asking, in which language, and how to reach them later.</summary>
internal static class RegistrationTurn
{
    public static ChannelUser User(DialogContext dc) =>
        new(dc.Turn.Activity.ChannelId ?? string.Empty, dc.Turn.Activity.From?.Id ?? string.Empty);

    public static RequestKey Key(DialogContext dc) =>
        new(dc.Turn.Activity.ChannelId ?? string.Empty, dc.Turn.Activity.Conversation?.Id ?? string.Empty, dc.Turn.Activity.Id ?? Guid.NewGuid().ToString("N"));

    public static string Language(DialogContext dc) => Engine.Turns.Culture.ToSupported(dc.Turn.Locale) ?? "de";

    /// <summary>The conversation reference (JSON) kept for proactive messages (e.g. "a place became free").</summary>
    public static string Reference(DialogContext dc)
    {
        var a = dc.Turn.Activity;
        var reference = new ConversationReference
        {
            ActivityId = a.Id,
            User = a.From,
            Bot = a.Recipient,
            Conversation = a.Conversation,
            ChannelId = a.ChannelId,
            Locale = a.Locale,
            ServiceUrl = a.ServiceUrl,
        };
        return JsonSerializer.Serialize(reference, BotJson.Context.ConversationReference);
    }

    /// <summary>The store request for the draft, keyed by this turn's activity (a redelivery finds the first registration).</summary>
    public static RegistrationRequest Request(DialogContext dc, RegistrationDraft draft, bool allowWaitlist) => new()
    {
        EventId = draft.EventId!,
        User = User(dc),
        Key = Key(dc),
        Persons = draft.Persons,
        Name = draft.Name!,
        Email = draft.Email,
        Phone = draft.Phone,
        Needs = RegistrationSummary.Needs(draft),
        ConsentAt = draft.ConsentAt!.Value,
        Language = Language(dc),
        ConversationReference = Reference(dc),
        AllowWaitlist = allowWaitlist,
    };
}
