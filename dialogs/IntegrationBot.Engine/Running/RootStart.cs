namespace IntegrationBot.Engine.Running;

/// <summary>Why the root dialog (the main menu) is being started; passed as its options.</summary>
public enum RootStart
{
    /// <summary>Someone joined the conversation: greet them.</summary>
    Welcome,

    /// <summary>A message arrived with no dialog active: the root reads it (maybe it names a menu entry).</summary>
    Message,

    /// <summary>Back to the menu after a cancel, a finished flow or "menu".</summary>
    Menu,
}
