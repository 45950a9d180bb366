using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationBot.Engine.Dialogs;

namespace IntegrationBot.Engine.State;

/// <summary>What the bot remembers about one conversation: the dialog stack. Small by design (target ≤ 2 KB idle).</summary>
public sealed class ConversationData
{
    public List<DialogInstance> Stack { get; set; } = [];

    /// <summary>Typed values flows keep per conversation, by <see cref="StateSlot{T}"/>.</summary>
    public Dictionary<string, JsonElement>? Slots { get; set; }
}

/// <summary>What the bot remembers about one user across conversations.</summary>
public sealed class UserData
{
    /// <summary>The language the user chose or that was detected; null until known.</summary>
    public string? Language { get; set; }

    /// <summary>True when the user picked the language explicitly (then the activity locale no longer overrides it).</summary>
    public bool LanguageChosen { get; set; }

    public Dictionary<string, JsonElement>? Slots { get; set; }
}

/// <summary>Source-generated JSON for the state documents: one serialisation per changed document per turn.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationData))]
[JsonSerializable(typeof(UserData))]
public sealed partial class StateJsonContext : JsonSerializerContext;
