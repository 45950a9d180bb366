using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Turns;

/// <summary>The turn context: the inbound activity, the reply route and per-turn items.</summary>
public sealed class TurnContext(Activity activity, IReplySink replies) : ITurnContext
{
    private readonly Lock _sendGate = new();

    public Activity Activity { get; } = activity;

    public string Locale { get; set; } = Culture.Default;

    public bool Responded { get; private set; }

    public InvokeResponse? InvokeResponse { get; set; }

    public TurnItems Items { get; } = new();

    public event Action<Activity>? Sending;

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ActivityAddressing.ApplyReplyAddress(activity, Activity, Locale);
        LineBreaks.ForMarkdownChannels(activity);
        Sending?.Invoke(activity);
        var response = await replies.SendAsync(activity, cancellationToken).ConfigureAwait(false);
        if (!activity.IsType(ActivityTypes.Typing) && !activity.IsType(ActivityTypes.Trace))
        {
            lock (_sendGate)
                Responded = true;
        }
        return response;
    }

    public async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
            responses[i] = await SendActivityAsync(activities[i], cancellationToken).ConfigureAwait(false);
        return responses;
    }
}
