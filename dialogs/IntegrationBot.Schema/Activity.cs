using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationBot.Schema;

/// <summary>
/// A Bot Framework activity (Activity spec v3.1) as it travels on the wire. Unknown fields are kept in
/// <see cref="Properties"/> so channel extensions round-trip untouched.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }

    /// <summary>The channel's UTC timestamp, kept as sent (its text is echoed byte for byte).</summary>
    [JsonPropertyName("timestamp")]
    public string? TimestampText { get; set; }

    [JsonPropertyName("localTimestamp")]
    public string? LocalTimestampText { get; set; }

    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public IList<MessageReaction>? ReactionsAdded { get; set; }
    public IList<MessageReaction>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public bool? HistoryDisclosed { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    public string? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public IList<string>? ListenFor { get; set; }
    public IList<TextHighlight>? TextHighlights { get; set; }
    public SemanticAction? SemanticAction { get; set; }

    /// <summary>Set by the bot after authentication; never trusted from the wire (spec A2251).</summary>
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    [JsonIgnore]
    public DateTimeOffset? Timestamp
    {
        get => IsoTime.Parse(TimestampText);
        set => TimestampText = IsoTime.FormatUtc(value);
    }

    [JsonIgnore]
    public DateTimeOffset? LocalTimestamp
    {
        get => IsoTime.Parse(LocalTimestampText);
        set => LocalTimestampText = IsoTime.Format(value);
    }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);
}
