using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Turns;

/// <summary>One inbound activity and everything the turn needs to answer it.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity.</summary>
    Activity Activity { get; }

    /// <summary>The turn's language as a culture name ("de", "en", "ar", ...); set by the locale middleware.</summary>
    string Locale { get; set; }

    /// <summary>True once any reply was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>The answer to an <c>invoke</c> activity, returned as the HTTP response of the inbound POST.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Per-turn data shared between middleware and the bot, by typed key.</summary>
    TurnItems Items { get; }

    /// <summary>Sends replies in order; each is addressed to the conversation the activity came from.</summary>
    Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Sends one reply.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Raised before activities leave the turn; middleware use it to stamp or observe outgoing activities.</summary>
    event Action<Activity>? Sending;
}
