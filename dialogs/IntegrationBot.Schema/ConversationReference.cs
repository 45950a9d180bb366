using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationBot.Schema;

/// <summary>Everything needed to message a conversation later (proactive messages).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>The channel's answer to a sent activity.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>The HTTP body of a <c>deliveryMode: expectReplies</c> turn.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

/// <summary>The synchronous answer to an <c>invoke</c> activity: HTTP status and raw JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);

/// <summary>A page of activities as Direct Line 3.0 returns it.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
