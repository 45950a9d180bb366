using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>
/// A turn that reads a different inbound activity but localizes and records through the real turn. It sends through the
/// real turn too, unless <paramref name="capture"/> is set: then replies are kept in <see cref="Captured"/> for the
/// caller to use (a card that answers the invoke itself) or send.
/// </summary>
internal sealed class DerivedTurn(ITurnContext outer, Activity activity, bool capture = false) : ITurnContext
{
    private readonly List<Activity> _captured = [];

    public Activity Activity { get; } = activity;

    public IReadOnlyList<Activity> Captured => _captured;

    public string Locale
    {
        get => outer.Locale;
        set => outer.Locale = value;
    }

    public bool Responded => outer.Responded || _captured.Count > 0;

    // The derived turn is a message: only the outer turn (the invoke) answers the channel synchronously.
    public InvokeResponse? InvokeResponse { get; set; }

    public TurnItems Items => outer.Items;

    public event Action<Activity>? Sending
    {
        add => outer.Sending += value;
        remove => outer.Sending -= value;
    }

    public async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
            responses[i] = await SendActivityAsync(activities[i], cancellationToken).ConfigureAwait(false);
        return responses;
    }

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!capture)
            return outer.SendActivityAsync(activity, cancellationToken);
        // Typing indicators are of no use once the reply is the invoke response.
        if (activity.IsType(ActivityTypes.Message))
            _captured.Add(activity);
        return Task.FromResult(new ResourceResponse(null));
    }
}
