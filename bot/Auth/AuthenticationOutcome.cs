namespace IntegrationBot.Host.Auth;

public enum AuthenticationStatus
{
    Authenticated,

    /// <summary>No app id configured and no Authorization header: accepted without identity (§2.5).</summary>
    Anonymous,
    Unauthorized,

    /// <summary>A valid token that may not speak for this channel (endorsement failure).</summary>
    Forbidden,

    /// <summary>The issuer's signing keys could not be fetched, so no token can be checked right now.</summary>
    Unavailable,
}

/// <summary>The verdict on one inbound request. <paramref name="Reason"/> is a short code for logs, never sent to the caller.</summary>
public sealed record AuthenticationOutcome(AuthenticationStatus Status, string? CallerId, string Reason)
{
    /// <summary>The caller id of public-cloud channel tokens (activity <c>callerId</c>, spec A2251).</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    public static AuthenticationOutcome Anonymous { get; } = new(AuthenticationStatus.Anonymous, null, "anonymous");

    public bool Succeeded => Status is AuthenticationStatus.Authenticated or AuthenticationStatus.Anonymous;

    public static AuthenticationOutcome Authenticated(string? callerId, string path) => new(AuthenticationStatus.Authenticated, callerId, path);

    public static AuthenticationOutcome Unauthorized(string reason) => new(AuthenticationStatus.Unauthorized, null, reason);

    public static AuthenticationOutcome Forbidden(string reason) => new(AuthenticationStatus.Forbidden, null, reason);

    public static AuthenticationOutcome Unavailable(string reason) => new(AuthenticationStatus.Unavailable, null, reason);
}
