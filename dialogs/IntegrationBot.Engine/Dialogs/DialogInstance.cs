using System.Text.Json;

namespace IntegrationBot.Engine.Dialogs;

/// <summary>
/// One frame of the persisted dialog stack. A waterfall's position is its step's name plus the flow version, never an
/// index, so a deployed change to a flow is detected instead of misrouting the conversation.
/// </summary>
public sealed class DialogInstance
{
    public required string Id { get; set; }

    /// <summary>The name of the waterfall step that is waiting (null for prompts and plain dialogs).</summary>
    public string? Step { get; set; }

    public int Version { get; set; }

    /// <summary>The dialog's own typed state, as JSON; read back only by the dialog that wrote it.</summary>
    public JsonElement? State { get; set; }

    /// <summary>True for dialogs started by an interruption (help, language, delete my data): when they end, the dialog below is reprompted instead of resumed.</summary>
    public bool? Interruption { get; set; }
}

public enum DialogTurnStatus
{
    /// <summary>The stack is empty; nothing ran.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog ended with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}

/// <summary>Outcome of running the stack for one turn.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
}
