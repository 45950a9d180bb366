using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>A conversation the bot may message later, and whether it still may (null <see cref="DisabledReason"/>).</summary>
public sealed record StoredReference(ConversationReference Reference, DateTimeOffset UpdatedAt, string? DisabledReason = null)
{
    [JsonIgnore]
    public bool IsDisabled => DisabledReason is not null;
}

/// <summary>What saving a reference changed; <see cref="IsNewInstall"/> tells the first of Teams' install events from its echo.</summary>
public enum ReferenceSave
{
    Created,
    Reenabled,
    Updated,
    Unchanged,
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredReference))]
[JsonSerializable(typeof(ReferencedConversations))]
internal sealed partial class TeamsJson : JsonSerializerContext;
