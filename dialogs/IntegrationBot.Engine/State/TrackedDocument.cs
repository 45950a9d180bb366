using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace IntegrationBot.Engine.State;

/// <summary>
/// One state document as loaded this turn: the typed value, the bytes it was loaded from and the ETag that guards
/// the write. A change is detected by comparing the new serialisation with the loaded bytes (one serialisation,
/// one memory compare: no second serialisation on load).
/// </summary>
public sealed class TrackedDocument<T>(string key, JsonTypeInfo<T> typeInfo) where T : class, new()
{
    private ReadOnlyMemory<byte> _loaded;
    private string? _etag;

    public string Key { get; } = key;

    public T Value { get; private set; } = new();

    public async Task LoadAsync(IStateStore store, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(Key, cancellationToken).ConfigureAwait(false);
        _loaded = stored?.Json ?? ReadOnlyMemory<byte>.Empty;
        _etag = stored?.ETag;
        Value = stored is null ? new T() : JsonSerializer.Deserialize(stored.Json.Span, typeInfo) ?? new T();
    }

    /// <summary>Writes the document if it changed. False when another writer got there first.</summary>
    public async Task<bool> TrySaveAsync(IStateStore store, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(Value, typeInfo);
        if (json.AsSpan().SequenceEqual(_loaded.Span))
            return true;
        var result = await store.WriteAsync(Key, json, _etag, cancellationToken).ConfigureAwait(false);
        if (!result.Written)
            return false;
        _loaded = json;
        _etag = result.ETag;
        return true;
    }

    /// <summary>
    /// Saves this turn's changes on top of a document another writer changed meanwhile: the top-level fields (and
    /// slots) this turn changed are applied to the fresh copy; fields it did not touch keep the other writer's values.
    /// </summary>
    public async Task SaveMergingAsync(IStateStore store, int maxAttempts, CancellationToken cancellationToken)
    {
        if (await TrySaveAsync(store, cancellationToken).ConfigureAwait(false))
            return;
        var before = _loaded.IsEmpty ? new JsonObject() : JsonNode.Parse(_loaded.Span)!.AsObject();
        var after = JsonSerializer.SerializeToNode(Value, typeInfo)!.AsObject();
        for (var attempt = 1; attempt < maxAttempts; attempt++)
        {
            await LoadAsync(store, cancellationToken).ConfigureAwait(false);
            var merged = _loaded.IsEmpty ? new JsonObject() : JsonNode.Parse(_loaded.Span)!.AsObject();
            JsonMerge.ApplyChanges(before, after, merged);
            Value = merged.Deserialize(typeInfo) ?? new T();
            if (await TrySaveAsync(store, cancellationToken).ConfigureAwait(false))
                return;
        }
        throw new StateConflictException(Key);
    }
}

/// <summary>Thrown when a document could not be saved after repeated concurrent changes; the turn's error handler apologises.</summary>
public sealed class StateConflictException(string key) : Exception($"State document '{key}' kept changing concurrently.");
