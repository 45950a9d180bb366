using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Connector;

/// <summary>
/// The service URLs the bot's Connector token may be sent to (protocol notes §3.3): those of activities whose token
/// was validated (the <c>serviceurl</c> claim matched) and, as defence in depth for stored conversation references,
/// the well-known Azure Bot Service and Teams hosts.
/// </summary>
public sealed class TrustedServiceUrls(IOptions<ConnectorOptions> options)
{
    /// <summary>Hosts Azure Bot Service and Teams (public, GCC, GCC High) hand out as serviceUrl.</summary>
    public static IReadOnlyList<string> BuiltInHosts { get; } =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
    ];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _validated = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a serviceUrl that arrived with a validated token, or that was stored from such an activity.</summary>
    public void Trust(string serviceUrl)
    {
        if (Normalize(serviceUrl) is { } key)
            _validated.TryAdd(key, 0);
    }

    public bool IsTrusted(string serviceUrl)
    {
        if (Normalize(serviceUrl) is not { } key || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
            return false;
        if (_validated.ContainsKey(key))
            return true;
        return uri.Scheme == Uri.UriSchemeHttps
            && (BuiltInHosts.Any(h => HostMatches(uri.Host, h)) || options.Value.AdditionalTrustedHosts.Any(h => HostMatches(uri.Host, h)));
    }

    private static string? Normalize(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;

    private static bool HostMatches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
}
