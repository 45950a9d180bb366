using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Running;

/// <summary>
/// Holds a turn's replies until its state is saved: if the save loses an ETag race the turn reruns on fresh state and
/// the held replies are dropped, so the user never sees answers from a run that did not count. Typing indicators pass
/// straight through.
/// </summary>
internal sealed class BufferingTurn(ITurnContext inner) : ITurnContext
{
    private readonly List<Activity> _held = [];

    public Activity Activity => inner.Activity;

    public string Locale
    {
        get => inner.Locale;
        set => inner.Locale = value;
    }

    public bool Responded => _held.Count > 0 || inner.Responded;

    public InvokeResponse? InvokeResponse
    {
        get => inner.InvokeResponse;
        set => inner.InvokeResponse = value;
    }

    public TurnItems Items => inner.Items;

    public event Action<Activity>? Sending
    {
        add => inner.Sending += value;
        remove => inner.Sending -= value;
    }

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.IsType(ActivityTypes.Typing))
            return inner.SendActivityAsync(activity, cancellationToken);
        _held.Add(activity);
        // Ids are assigned by the channel when the replies really leave; dialogs do not depend on them.
        return Task.FromResult(new ResourceResponse(null));
    }

    public async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
            await SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        return [.. activities.Select(_ => new ResourceResponse(null))];
    }

    public Task FlushAsync(CancellationToken cancellationToken) => inner.SendActivitiesAsync(_held, cancellationToken);
}
