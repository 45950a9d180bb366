using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using IntegrationBot.Schema;
using IntegrationBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace IntegrationBot.Bot.Tests.Connector;

/// <summary>What the fake Connector saw of one request.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string? ContentType, byte[] Body, IReadOnlyDictionary<string, string> Headers)
{
    public Activity Activity => BotJson.DeserializeActivity(Body) ?? throw new InvalidOperationException("No activity in the body.");
}

/// <summary>A scripted answer: status, optional Retry-After seconds and body.</summary>
public sealed record ScriptedResponse(HttpStatusCode Status, int? RetryAfterSeconds = null, string? Body = null);

/// <summary>
/// Plays the Bot Connector (<c>/v3/conversations/...</c>, any prefix path) and the Entra token endpoint
/// (<c>/{tenant}/oauth2/v2.0/token</c>) on a loopback server. Answers follow the script, then 200 with a resource id.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<RecordedRequest> _tokenRequests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<ScriptedResponse> _tokenScript = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private LoopbackServer? _server;
    private int _tokens;
    private int _ids;

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector();
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/{tenant}/oauth2/v2.0/token", fake.IssueTokenAsync);
            app.MapGet("/metadata/identity/oauth2/token", fake.IssueTokenAsync);
            app.Map("/{**path}", fake.AnswerAsync);
        });
        return fake;
    }

    /// <summary>The serviceUrl to put on activities, with a trailing slash like Teams sends it.</summary>
    public string ServiceUrl => Server.Url("/");

    public string TokenAuthority => Server.Url("");

    public LoopbackServer Server => _server ?? throw new InvalidOperationException("Not started.");

    /// <summary>Seconds until issued tokens expire.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public IReadOnlyList<RecordedRequest> TokenRequests => [.. _tokenRequests];

    public void Script(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
            _script.Enqueue(response);
    }

    public void ScriptToken(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
            _tokenScript.Enqueue(response);
    }

    /// <summary>Waits until a Connector request matching <paramref name="match"/> was received (for work the bot does in the background).</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Requests.FirstOrDefault(match) is { } found)
                return found;
            await _arrived.WaitAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? default;

    private async Task IssueTokenAsync(HttpContext http)
    {
        _tokenRequests.Enqueue(await RecordAsync(http));
        if (_tokenScript.TryDequeue(out var scripted))
        {
            await WriteAsync(http, scripted);
            return;
        }
        var token = $"token-{Interlocked.Increment(ref _tokens)}";
        // Entra sends expires_in as a number, the managed-identity endpoint as a string.
        object expiresIn = HttpMethods.IsGet(http.Request.Method) ? TokenLifetimeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) : TokenLifetimeSeconds;
        await http.Response.WriteAsJsonAsync(new Dictionary<string, object> { ["token_type"] = "Bearer", ["expires_in"] = expiresIn, ["access_token"] = token });
    }

    private async Task AnswerAsync(HttpContext http)
    {
        _requests.Enqueue(await RecordAsync(http));
        _arrived.Release();
        if (_script.TryDequeue(out var scripted))
        {
            await WriteAsync(http, scripted);
            return;
        }
        if (HttpMethods.IsDelete(http.Request.Method))
            return;
        var id = Interlocked.Increment(ref _ids);
        await http.Response.WriteAsync(JsonSerializer.Serialize(new ResourceResponse($"reply-{id}"), BotJson.Context.ResourceResponse));
    }

    private static async Task WriteAsync(HttpContext http, ScriptedResponse scripted)
    {
        http.Response.StatusCode = (int)scripted.Status;
        if (scripted.RetryAfterSeconds is { } seconds)
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["X-Correlating-OperationId"] = "op-" + Guid.NewGuid().ToString("N");
        if (scripted.Body is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(scripted.Body);
        }
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var rawTarget = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new RecordedRequest(http.Request.Method, rawTarget, http.Request.Headers.Authorization, http.Request.ContentType, body.ToArray(), headers);
    }
}
