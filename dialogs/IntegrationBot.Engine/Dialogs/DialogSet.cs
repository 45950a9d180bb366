namespace IntegrationBot.Engine.Dialogs;

/// <summary>All dialogs the bot knows, by id. Registered explicitly at start-up (no assembly scanning).</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
                throw new InvalidOperationException($"Two dialogs share the id '{dialog.Id}'.");
        }
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public Dialog Get(string id) => Find(id) ?? throw new InvalidOperationException($"No dialog with id '{id}' is registered.");
}
