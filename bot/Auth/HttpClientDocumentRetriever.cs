using Microsoft.IdentityModel.Protocols;

namespace IntegrationBot.Host.Auth;

/// <summary>
/// Fetches OpenID metadata and key sets through <see cref="IHttpClientFactory"/>, so the long-lived
/// configuration managers never pin one HttpClient (and its DNS answers) for the life of the process.
/// </summary>
internal sealed class HttpClientDocumentRetriever(IHttpClientFactory clients, bool requireHttps) : IDocumentRetriever
{
    public const string ClientName = "IntegrationBot.Auth.Metadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (requireHttps && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"Metadata address '{address}' is not an absolute HTTPS URL.", nameof(address));

        using var response = await clients.CreateClient(ClientName).GetAsync(uri, cancel).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
    }
}
