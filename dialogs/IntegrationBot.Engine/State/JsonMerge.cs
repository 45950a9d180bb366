using System.Text.Json.Nodes;

namespace IntegrationBot.Engine.State;

/// <summary>Three-way merge of two top levels (and their <c>slots</c> objects), used when user state races.</summary>
internal static class JsonMerge
{
    public static void ApplyChanges(JsonObject before, JsonObject after, JsonObject target)
    {
        foreach (var name in before.Select(p => p.Key).Union(after.Select(p => p.Key)).ToList())
        {
            var old = before[name];
            var now = after[name];
            if (JsonNode.DeepEquals(old, now))
                continue;
            if (name == "slots" && old is JsonObject oldSlots && now is JsonObject newSlots && target[name] is JsonObject targetSlots)
            {
                ApplyChanges(oldSlots, newSlots, targetSlots);
                continue;
            }
            if (now is null)
                target.Remove(name);
            else
                target[name] = now.DeepClone();
        }
    }
}
