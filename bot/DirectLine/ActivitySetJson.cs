using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace IntegrationBot.Host.DirectLine;

/// <summary>
/// Writes a Direct Line ActivitySet <c>{"activities":[…],"watermark":"N"}</c> from activities that were serialized once
/// when stored, instead of deserializing and serializing them again for every poll and frame.
/// </summary>
internal static class ActivitySetJson
{
    public static byte[] Write(IEnumerable<StoredActivity> activities, long watermark)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
                writer.WriteRawValue(activity.Json.Span, skipInputValidation: true);
            writer.WriteEndArray();
            writer.WriteString("watermark", watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a client's watermark; anything unreadable means "from the start" (an error here would end polling for good).</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
