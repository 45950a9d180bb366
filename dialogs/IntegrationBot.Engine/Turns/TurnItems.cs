namespace IntegrationBot.Engine.Turns;

/// <summary>A typed key into <see cref="TurnItems"/>; the type parameter keeps readers and writers honest.</summary>
public sealed class TurnItemKey<T>(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>Per-turn values by typed key. Turn data only (never services: those come by constructor injection).</summary>
public sealed class TurnItems
{
    private Dictionary<object, object?>? _items;

    public void Set<T>(TurnItemKey<T> key, T value) => (_items ??= [])[key] = value;

    public bool TryGet<T>(TurnItemKey<T> key, out T value)
    {
        if (_items is not null && _items.TryGetValue(key, out var boxed) && boxed is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }

    public T? GetOrDefault<T>(TurnItemKey<T> key) => TryGet(key, out var value) ? value : default;
}
