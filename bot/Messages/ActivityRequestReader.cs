using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Messages;

public enum ActivityReadStatus
{
    Ok,
    TooLarge,
    Malformed,
}

public readonly record struct ActivityRead(ActivityReadStatus Status, Activity? Activity);

/// <summary>Reads at most the configured number of bytes and parses them as one activity, without copying the body.</summary>
public static class ActivityRequestReader
{
    public static async Task<ActivityRead> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return new(ActivityReadStatus.TooLarge, null);

        var reader = request.BodyReader;
        // One byte over the limit is enough to know; chunked bodies have no Content-Length to check up front.
        var result = await reader.ReadAtLeastAsync(maxBytes + 1, cancellationToken).ConfigureAwait(false);
        try
        {
            return result.Buffer.Length > maxBytes
                ? new(ActivityReadStatus.TooLarge, null)
                : Parse(result.Buffer);
        }
        finally
        {
            reader.AdvanceTo(result.Buffer.End);
        }
    }

    private static ActivityRead Parse(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
            return new(ActivityReadStatus.Malformed, null);
        try
        {
            var json = new Utf8JsonReader(body);
            var activity = JsonSerializer.Deserialize(ref json, BotJson.Context.Activity);
            return activity is null ? new(ActivityReadStatus.Malformed, null) : new(ActivityReadStatus.Ok, activity);
        }
        catch (JsonException)
        {
            return new(ActivityReadStatus.Malformed, null);
        }
    }
}
