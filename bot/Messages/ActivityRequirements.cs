using IntegrationBot.Schema;

namespace IntegrationBot.Host.Messages;

/// <summary>The fields a turn cannot run without (Activity spec A2010, A2080, A2300).</summary>
internal static class ActivityRequirements
{
    /// <summary>The names of missing or unusable fields, or an empty list when the activity can run.</summary>
    public static IReadOnlyList<string> FindProblems(Activity activity)
    {
        List<string>? problems = null;
        if (string.IsNullOrWhiteSpace(activity.Type))
            (problems ??= []).Add("type");
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            (problems ??= []).Add("conversation.id");
        // expectReplies answers in the HTTP response, so only other turns need somewhere to send replies.
        if (!IsExpectReplies(activity) && !IsHttpUrl(activity.ServiceUrl))
            (problems ??= []).Add("serviceUrl");
        return problems ?? (IReadOnlyList<string>)[];
    }

    public static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
