using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationBot.Testing.TextServices;

/// <summary>
/// A real HTTP server on 127.0.0.1 for one fake text service. The first start takes a free port; later starts reuse
/// it, so a client configured with <see cref="Endpoint"/> sees the service go away (<see cref="StopAsync"/>: connections
/// refused) and come back (<see cref="StartAsync"/>). Requests are counted and kept; faults are scripted in
/// <see cref="Faults"/>.
/// </summary>
public abstract class FakeTextService : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FakeRequest> _requests = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private readonly LoopbackServer _server;

    protected FakeTextService() => _server = new LoopbackServer(Map);

    public FakeFaults Faults { get; } = new();

    public Uri Endpoint => _server.Port == 0 ? throw new InvalidOperationException("Start the service first.") : new($"http://127.0.0.1:{_server.Port}");

    public bool IsRunning => _server.IsRunning;

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_gate)
                return [.. _requests];
        }
    }

    public int RequestCount
    {
        get
        {
            lock (_gate)
                return _requests.Count;
        }
    }

    public int CountOf(string kind)
    {
        lock (_gate)
            return _requests.Count(r => r.Kind == kind);
    }

    /// <summary>Starts the server: on a free port the first time, on the same port after <see cref="StopAsync"/>.</summary>
    public Task StartAsync() => _server.StartAsync();

    /// <summary>Stops the server: requests in flight (hanging ones too) are aborted, new connections are refused.</summary>
    public Task StopAsync() => _server.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Maps the service's routes.</summary>
    protected abstract void Map(WebApplication app);

    /// <summary>The service's error body for a scripted or validation status.</summary>
    protected abstract JsonObject ErrorBody(HttpStatusCode status, string? code = null, string? message = null);

    /// <summary>Completes once the service has received at least <paramref name="count"/> requests in all.</summary>
    public Task WaitForRequestsAsync(int count)
    {
        lock (_gate)
        {
            if (_requests.Count >= count)
                return Task.CompletedTask;
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task;
        }
    }

    protected void Record(FakeRequest request)
    {
        List<TaskCompletionSource> reached;
        lock (_gate)
        {
            _requests.Add(request);
            reached = _waiters.Where(w => w.Count <= _requests.Count).Select(w => w.Signal).ToList();
            _waiters.RemoveAll(w => w.Count <= _requests.Count);
        }
        foreach (var signal in reached)
            signal.TrySetResult();
    }

    /// <summary>Plays the next scripted fault for <paramref name="kind"/>; true when the request was answered by it.</summary>
    protected async Task<bool> PlayFaultAsync(HttpContext context, string kind)
    {
        if (Faults.TakeFor(kind) is not { } fault)
            return false;
        if (fault.Hang)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _server.Stopping);
            try
            {
                await Task.Delay(Timeout.Infinite, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            context.Abort();
            return true;
        }
        if (fault.RetryAfter is { } retryAfter)
            context.Response.Headers.RetryAfter = retryAfter;
        await WriteErrorAsync(context, fault.Status!.Value).ConfigureAwait(false);
        return true;
    }

    protected async Task WriteErrorAsync(HttpContext context, HttpStatusCode status, string? code = null, string? message = null)
    {
        context.Response.StatusCode = (int)status;
        await WriteJsonAsync(context, ErrorBody(status, code, message)).ConfigureAwait(false);
    }

    protected static async Task WriteJsonAsync(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    protected static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    protected static IReadOnlyDictionary<string, string> HeadersOf(HttpContext context, params string[] names) =>
        names.Where(n => context.Request.Headers.ContainsKey(n)).ToDictionary(n => n, n => context.Request.Headers[n].ToString(), StringComparer.OrdinalIgnoreCase);
}
