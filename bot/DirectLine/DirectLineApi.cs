using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntegrationBot.Schema;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.DirectLine;

/// <summary>The authenticated caller: the secret holder (any conversation) or a token's holder (its conversation only).</summary>
internal sealed record DirectLineCaller(TokenGrant? Token)
{
    public bool HasSecret => Token is null;

    public bool MayAccess(string conversationId) => Token is null || Token.ConversationId == conversationId;
}

/// <summary>What the Direct Line endpoints share: authentication, addresses, the bot's account and body reading.</summary>
internal sealed class DirectLineApi(DirectLineSecret secret, DirectLineTokens tokens, IOptions<DirectLineOptions> options)
{
    private const string BearerPrefix = "Bearer ";

    public DirectLineOptions Options => options.Value;

    public DirectLineTokens Tokens => tokens;

    public ChannelAccount Bot => new(options.Value.BotId, options.Value.BotName, "bot");

    /// <summary>Reads <c>Authorization: Bearer</c>; null with <paramref name="failure"/> set when it is missing or not accepted.</summary>
    public DirectLineCaller? Authenticate(HttpRequest request, out IResult? failure)
    {
        failure = null;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length == BearerPrefix.Length)
        {
            failure = DirectLineErrors.Unauthorized();
            return null;
        }
        var credential = header[BearerPrefix.Length..].Trim();
        if (secret.Matches(credential))
            return new DirectLineCaller(null);

        switch (tokens.Validate(credential, TokenPurpose.Conversation, out var grant))
        {
            case TokenRejection.None:
                return new DirectLineCaller(grant);
            case TokenRejection.Expired:
                failure = DirectLineErrors.TokenExpired();
                return null;
            default:
                failure = DirectLineErrors.InvalidToken();
                return null;
        }
    }

    /// <summary>The address browsers reach this host on (configured, or this request's), without a trailing slash.</summary>
    public string BaseUrl(HttpRequest request) =>
        options.Value.PublicBaseUrl is { } configured
            ? configured.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The serviceUrl of Direct Line activities: this host.</summary>
    public string ServiceUrl(HttpRequest request) => BaseUrl(request) + "/";

    /// <summary>
    /// An absolute ws:// or wss:// URL, pre-authorised by a short-lived ticket: browsers cannot send an Authorization
    /// header with a WebSocket, and directlinejs opens the URL exactly as given.
    /// </summary>
    public string StreamUrl(HttpRequest request, string conversationId, string? userId, string? watermark)
    {
        var baseUrl = BaseUrl(request);
        var socketBase = baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + baseUrl[8..]
            : baseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "ws://" + baseUrl[7..]
            : baseUrl;
        var ticket = tokens.IssueStreamTicket(conversationId, userId);
        return $"{socketBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={Uri.EscapeDataString(watermark ?? string.Empty)}&t={Uri.EscapeDataString(ticket)}";
    }

    public ConversationResponse Conversation(string conversationId, string? userId, string? streamUrl) =>
        new(conversationId, tokens.Issue(conversationId, userId), (int)tokens.Lifetime.TotalSeconds, streamUrl);

    /// <summary>Reads an optional JSON body of at most <see cref="DirectLineOptions.MaxActivityBytes"/>.</summary>
    public async Task<BodyRead<T>> ReadBodyAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var limit = options.Value.MaxActivityBytes;
        if (request.ContentLength > limit)
            return new BodyRead<T>(null, DirectLineErrors.TooLarge());

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
                return new BodyRead<T>(null, DirectLineErrors.TooLarge());
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return new BodyRead<T>(null, null);
        try
        {
            return new BodyRead<T>(JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), type), null);
        }
        catch (JsonException)
        {
            return new BodyRead<T>(null, DirectLineErrors.BadArgument("The body is not valid JSON for this operation."));
        }
    }
}

/// <summary>A request body: the value (null when there was none), or the error to answer with.</summary>
internal sealed record BodyRead<T>(T? Value, IResult? Failure)
    where T : class;
