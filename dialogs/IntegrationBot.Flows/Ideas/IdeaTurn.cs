using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Ideas;

namespace IntegrationBot.Flows.Ideas;

/// <summary>What the idea flow takes from the turn: who is asking, in which language, and the idea to store.</summary>
internal static class IdeaTurn
{
    public static string Language(DialogContext dc) => Engine.Turns.Culture.ToSupported(dc.Turn.Locale) ?? "de";

    /// <summary>The store request for the draft. An anonymous idea carries nothing that leads back to the resident.</summary>
    public static NewIdea Request(DialogContext dc, IdeaDraft draft)
    {
        var activity = dc.Turn.Activity;
        var channel = activity.ChannelId ?? string.Empty;
        return new NewIdea
        {
            Key = new RequestKey(channel, activity.Conversation?.Id ?? string.Empty, draft.RequestId!),
            Text = draft.Text!,
            Language = Language(dc),
            Channel = channel,
            Field = draft.Field!,
            SuggestedField = draft.SuggestedField,
            Neighbourhood = draft.Neighbourhood,
            Author = draft.Named ? new ChannelUser(channel, activity.From?.Id ?? string.Empty) : null,
            AuthorName = draft.Named ? draft.Name : null,
            AuthorContact = draft.Named ? draft.Contact : null,
            ConsentAt = draft.ConsentAt!.Value,
        };
    }
}
