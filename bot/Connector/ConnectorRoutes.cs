namespace IntegrationBot.Host.Connector;

/// <summary>
/// Connector REST v3 URLs (protocol notes §3.2). Ids are escaped as whole path segments: Teams conversation ids
/// contain <c>:</c>, <c>@</c> and <c>;messageid=</c>, Direct Line activity ids a <c>|</c>.
/// </summary>
public static class ConnectorRoutes
{
    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");

    private static Uri Build(string serviceUrl, string relative)
    {
        // serviceUrl may or may not end with '/', and may carry a path (https://smba.trafficmanager.net/emea/).
        var text = serviceUrl.EndsWith('/') ? serviceUrl + relative : serviceUrl + "/" + relative;
        return new Uri(text, UriKind.Absolute);
    }
}
