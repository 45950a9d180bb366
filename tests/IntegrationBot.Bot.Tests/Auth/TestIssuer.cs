using System.Text.Json.Nodes;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationBot.Bot.Tests.Auth;

/// <summary>
/// Plays login.botframework.com and login.microsoftonline.com on a loopback server: OpenID metadata and JWKS for
/// channel tokens (keys with endorsements) and Entra tokens (keys without), and mints tokens signed with those keys.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string AppId = "5d2d7b43-9b8a-4c55-8f55-2f1e0c0a7d11";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private readonly JsonWebTokenHandler _tokens = new();
    private readonly Lock _gate = new();
    private List<SigningKey> _channelKeys;
    private LoopbackServer? _server;
    private int _channelKeyFetches;

    private TestIssuer(TimeProvider clock)
    {
        Clock = clock;
        ChannelKey = new SigningKey("bf-key-1", "msteams", "webchat", "directline", "emulator");
        EmulatorKey = new SigningKey("entra-key-1");
        _channelKeys = [ChannelKey];
    }

    public TimeProvider Clock { get; }

    public SigningKey ChannelKey { get; }

    public SigningKey EmulatorKey { get; }

    public int ChannelKeyFetches => Volatile.Read(ref _channelKeyFetches);

    public static async Task<TestIssuer> StartAsync(TimeProvider clock)
    {
        var issuer = new TestIssuer(clock);
        issuer._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Results.Content(issuer.Metadata(ChannelIssuer, "/botframework/keys"), "application/json"));
            app.MapGet("/botframework/keys", () => Results.Content(issuer.ChannelKeySet(), "application/json"));
            app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Results.Content(issuer.Metadata(EmulatorIssuerV2, "/entra/keys"), "application/json"));
            app.MapGet("/entra/keys", () => Results.Content(KeySet([issuer.EmulatorKey]), "application/json"));
        });
        return issuer;
    }

    /// <summary>Host settings that make the bot trust this issuer.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-used-by-expectReplies",
        ["Bot:Authentication:ChannelOpenIdMetadataUrl"] = Server.Url("/botframework/v1/.well-known/openidconfiguration"),
        ["Bot:Authentication:EmulatorOpenIdMetadataUrl"] = Server.Url("/entra/v2.0/.well-known/openid-configuration"),
        ["Bot:Authentication:RequireHttpsMetadata"] = "false",
    };

    /// <summary>Replaces the published channel keys (a key rollover).</summary>
    public void PublishChannelKeys(params SigningKey[] keys)
    {
        lock (_gate)
            _channelKeys = [.. keys];
    }

    /// <summary>A token as Azure Bot Service sends it; <paramref name="change"/> bends it for negative tests.</summary>
    public string ChannelToken(string serviceUrl, Action<SecurityTokenDescriptor>? change = null, SigningKey? key = null) =>
        Mint(ChannelIssuer, key ?? ChannelKey, new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, change);

    /// <summary>A token as the Emulator gets it with the bot's own credentials: v1 carries <c>appid</c>, v2 <c>azp</c>.</summary>
    public string EmulatorToken(string version, string appId = AppId, Action<SecurityTokenDescriptor>? change = null)
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, [version == "1.0" ? "appid" : "azp"] = appId };
        return Mint(version == "1.0" ? EmulatorIssuerV1 : EmulatorIssuerV2, EmulatorKey, claims, change);
    }

    public ValueTask DisposeAsync()
    {
        ChannelKey.Dispose();
        EmulatorKey.Dispose();
        return _server?.DisposeAsync() ?? default;
    }

    private LoopbackServer Server => _server ?? throw new InvalidOperationException("Not started.");

    private string Mint(string issuer, SigningKey key, Dictionary<string, object> claims, Action<SecurityTokenDescriptor>? change)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(59),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return _tokens.CreateToken(descriptor);
    }

    private string Metadata(string issuer, string keysPath) =>
        new JsonObject { ["issuer"] = issuer, ["jwks_uri"] = Server.Url(keysPath), ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") }.ToJsonString();

    private string ChannelKeySet()
    {
        Interlocked.Increment(ref _channelKeyFetches);
        lock (_gate)
            return KeySet(_channelKeys);
    }

    private static string KeySet(IEnumerable<SigningKey> keys) =>
        new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) }.ToJsonString();
}
