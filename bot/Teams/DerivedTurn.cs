using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>A turn that reads a different inbound activity but sends, localizes and records through the real turn.</summary>
internal sealed class DerivedTurn(ITurnContext outer, Activity activity) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public string Locale
    {
        get => outer.Locale;
        set => outer.Locale = value;
    }

    public bool Responded => outer.Responded;

    // The derived turn is a message: only the outer turn (the invoke) answers the channel synchronously.
    public InvokeResponse? InvokeResponse { get; set; }

    public TurnItems Items => outer.Items;

    public event Action<Activity>? Sending
    {
        add => outer.Sending += value;
        remove => outer.Sending -= value;
    }

    public Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        outer.SendActivitiesAsync(activities, cancellationToken);

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        outer.SendActivityAsync(activity, cancellationToken);
}
