using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Dialogs;

/// <summary>
/// A unit of conversation that can span turns. Flows derive from <see cref="Waterfall{TDraft}"/>; prompts from
/// <see cref="Prompts.Prompt{T}"/>. Dialogs are stateless singletons: everything per conversation lives in the
/// <see cref="DialogInstance"/> on the stack.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>What "help" says while this dialog is active; null falls back to the dialog below, then general help.</summary>
    public virtual Text? Help => null;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user answered while this dialog was on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again (after help, a language change, or an interruption that ended).</summary>
    public virtual Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;
}
