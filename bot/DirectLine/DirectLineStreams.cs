using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.DirectLine;

/// <summary>
/// The WebSocket stream of a conversation: replays the activities after the client's watermark, then pushes every new
/// one as an ActivitySet text frame, with an empty frame as keep-alive when idle. Frames from the client are read and
/// ignored (directlinejs pings with empty frames). One socket per conversation: a newer one closes the older with
/// reason "collision".
/// </summary>
public sealed class DirectLineStreams(
    IDirectLineConversationStore store,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineStreams> logger)
{
    private static readonly TimeSpan CloseHandshakeLimit = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, StreamLease> _open = new(StringComparer.Ordinal);

    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken requestAborted)
    {
        using var lease = new StreamLease(requestAborted, lifetime.ApplicationStopping);
        _open.AddOrUpdate(conversationId, lease, (_, older) =>
        {
            older.Replace();
            return lease;
        });
        try
        {
            // Receiving is not tied to the lease: cancelling a pending receive would abort the socket without a close frame.
            var receive = ReceiveUntilClosedAsync(socket, requestAborted);
            var closeReason = await PumpAsync(socket, conversationId, watermark, receive, lease).ConfigureAwait(false);
            await CloseAsync(socket, receive, closeReason).ConfigureAwait(false);
        }
        finally
        {
            _open.TryRemove(KeyValuePair.Create(conversationId, lease));
        }
    }

    /// <summary>Sends until the client leaves (null) or the server ends the stream (the close reason).</summary>
    private async Task<string?> PumpAsync(WebSocket socket, string conversationId, long watermark, Task receive, StreamLease lease)
    {
        try
        {
            while (!receive.IsCompleted)
            {
                var page = await store.ReadAsync(conversationId, watermark, lease.Token).ConfigureAwait(false);
                if (page is null)
                    return "ended";
                watermark = page.Watermark;
                if (page.Activities.Count > 0)
                {
                    await socket.SendAsync(ActivitySetJson.Write(page.Activities, page.Watermark), WebSocketMessageType.Text, true, lease.Token).ConfigureAwait(false);
                    continue;
                }

                using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(lease.Token);
                var arrival = store.WaitForActivityAsync(conversationId, watermark, options.Value.KeepAliveInterval, stopWaiting.Token);
                if (await Task.WhenAny(arrival, receive).ConfigureAwait(false) == receive)
                {
                    await stopWaiting.CancelAsync().ConfigureAwait(false);
                    await ((Task)arrival).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    return null;
                }
                if (!await arrival.ConfigureAwait(false))
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, lease.Token).ConfigureAwait(false);
            }
            return null;
        }
        catch (OperationCanceledException) when (lease.Token.IsCancellationRequested)
        {
            return lease.Replaced ? "collision" : "server stopping";
        }
        catch (WebSocketException)
        {
            return null; // the client vanished mid-send; nothing left to close politely
        }
    }

    private async Task CloseAsync(WebSocket socket, Task receive, string? reason)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, CancellationToken.None).ConfigureAwait(false);
            await receive.WaitAsync(CloseHandshakeLimit).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or TimeoutException)
        {
            logger.LogDebug(exception, "Direct Line stream closed without a handshake");
            socket.Abort();
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationToken requestAborted)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var frame = await socket.ReceiveAsync(buffer, requestAborted).ConfigureAwait(false);
                if (frame.MessageType == WebSocketMessageType.Close)
                    return;
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The connection dropped: the stream ends; the client reconnects with GET conversations/{id}?watermark=.
        }
    }

    /// <summary>An open stream's cancellation: the request ends, the host stops, or a newer stream replaces it.</summary>
    private sealed class StreamLease(CancellationToken requestAborted, CancellationToken stopping) : IDisposable
    {
        private readonly Lock _gate = new();
        private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, stopping);
        private bool _disposed;

        public CancellationToken Token => _cancel.Token;

        public bool Replaced { get; private set; }

        public void Replace()
        {
            lock (_gate)
            {
                if (_disposed)
                    return;
                Replaced = true;
                _cancel.Cancel();
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _cancel.Dispose();
            }
        }
    }
}
