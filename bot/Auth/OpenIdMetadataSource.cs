using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IntegrationBot.Host.Auth;

/// <summary>
/// The cached OpenID configuration (issuer metadata and signing keys) of one metadata URL.
/// </summary>
/// <remarks>
/// Caching and the periodic refresh are <see cref="ConfigurationManager{T}"/>'s. Since IdentityModel 8 its
/// <c>RequestRefresh</c> only starts a background fetch, so the request that carried the new key would still fail;
/// <see cref="RenewAsync"/> instead swaps in a fresh manager whose first fetch is awaited, at most once per
/// <see cref="BotAuthenticationOptions.UnknownKeyRefreshInterval"/> so forged key ids cannot make us hammer the issuer.
/// </remarks>
internal sealed class OpenIdMetadataSource : IDisposable
{
    private readonly string _address;
    private readonly IDocumentRetriever _documents;
    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _renewGate = new(1, 1);
    private ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private DateTimeOffset? _lastRenewal;

    public OpenIdMetadataSource(string address, IDocumentRetriever documents, BotAuthenticationOptions options, TimeProvider time)
    {
        _address = address;
        _documents = documents;
        _options = options;
        _time = time;
        _manager = CreateManager();
    }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _manager).GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fetches the metadata again because a token named a key id that <paramref name="stale"/> lacks.
    /// Returns the newer configuration, or null when a renewal happened too recently.
    /// </summary>
    public async Task<OpenIdConnectConfiguration?> RenewAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        await _renewGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await GetAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(current, stale))
                return current; // another request renewed (or the periodic refresh ran) while we waited

            var now = _time.GetUtcNow();
            if (_lastRenewal is { } last && now - last < _options.UnknownKeyRefreshInterval)
                return null;
            _lastRenewal = now;

            var fresh = CreateManager();
            var configuration = await fresh.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _manager, fresh);
            return configuration;
        }
        finally
        {
            _renewGate.Release();
        }
    }

    public void Dispose() => _renewGate.Dispose();

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager() =>
        new(_address, new OpenIdConnectConfigurationRetriever(), _documents)
        {
            AutomaticRefreshInterval = _options.MetadataRefreshInterval,
            RefreshInterval = _options.UnknownKeyRefreshInterval < ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval
                ? ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval
                : _options.UnknownKeyRefreshInterval,
        };
}

/// <summary>The two key sources of §2.1: Bot Framework channels and Entra (Emulator).</summary>
internal sealed class BotMetadataSources(OpenIdMetadataSource channel, OpenIdMetadataSource emulator) : IDisposable
{
    public OpenIdMetadataSource Channel { get; } = channel;

    public OpenIdMetadataSource Emulator { get; } = emulator;

    public OpenIdMetadataSource For(TokenPath path) => path == TokenPath.Channel ? Channel : Emulator;

    public void Dispose()
    {
        Channel.Dispose();
        Emulator.Dispose();
    }
}
