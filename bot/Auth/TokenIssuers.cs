namespace IntegrationBot.Host.Auth;

/// <summary>Which validation path a token takes, decided by its (not yet verified) issuer.</summary>
public enum TokenPath
{
    Unknown,

    /// <summary>Azure Bot Service channels: keys with endorsements, a <c>serviceurl</c> claim.</summary>
    Channel,

    /// <summary>Entra-issued tokens of the bot's own app id (Bot Framework Emulator).</summary>
    Emulator,
}

/// <summary>The issuers of §2.1 of the protocol notes.</summary>
public static class TokenIssuers
{
    public const string Channel = "https://api.botframework.com";

    /// <summary>The Entra issuers the Bot Framework SDK accepts for Emulator tokens (v1 and v2 of the two Bot Framework tenants).</summary>
    public static IReadOnlyList<string> Emulator { get; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>The Emulator issuers plus, for single-tenant and MSI bots, the bot's own tenant (§2.4).</summary>
    public static IReadOnlyList<string> EmulatorFor(string? tenantId) =>
        tenantId is null ? Emulator : [.. Emulator, $"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"];

    public static TokenPath Route(string? issuer, IReadOnlyList<string> emulatorIssuers) =>
        string.Equals(issuer, Channel, StringComparison.Ordinal) ? TokenPath.Channel
        : issuer is not null && emulatorIssuers.Contains(issuer, StringComparer.Ordinal) ? TokenPath.Emulator
        : TokenPath.Unknown;
}
