using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IntegrationBot.Engine.State;

/// <summary>
/// A typed key for a value a flow keeps in conversation or user state (like Polly's ResiliencePropertyKey).
/// The value is stored as JSON and read back through its own type info, so it never changes shape in a round trip.
/// </summary>
public sealed class StateSlot<T>(string name, JsonTypeInfo<T> typeInfo)
{
    public string Name { get; } = name;

    public T? Get(Dictionary<string, JsonElement>? slots) =>
        slots is not null && slots.TryGetValue(Name, out var json) ? json.Deserialize(typeInfo) : default;

    public void Set(ref Dictionary<string, JsonElement>? slots, T value) =>
        (slots ??= new(StringComparer.Ordinal))[Name] = JsonSerializer.SerializeToElement(value, typeInfo);

    public void Remove(Dictionary<string, JsonElement>? slots) => slots?.Remove(Name);
}
