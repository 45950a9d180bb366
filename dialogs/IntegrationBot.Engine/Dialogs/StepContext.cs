using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Engine.Dialogs;

/// <summary>What a waterfall step sees: its typed draft, the previous prompt's answer, and the moves it can make.</summary>
public sealed class StepContext<TDraft>
    where TDraft : class, new()
{
    private readonly Waterfall<TDraft> _waterfall;
    private readonly DialogInstance _instance;
    private readonly int _index;

    internal StepContext(DialogContext dc, Waterfall<TDraft> waterfall, DialogInstance instance, int index, TDraft draft, object? options, object? result)
    {
        Dialogs = dc;
        _waterfall = waterfall;
        _instance = instance;
        _index = index;
        Draft = draft;
        Options = options;
        Result = result;
    }

    public DialogContext Dialogs { get; }

    /// <summary>What the flow has collected so far; changes are saved when the step returns.</summary>
    public TDraft Draft { get; }

    /// <summary>The options the flow was started with (first step only).</summary>
    public object? Options { get; }

    /// <summary>The answer of the prompt the previous step asked (or the value passed to <see cref="NextAsync"/>).</summary>
    public object? Result { get; }

    /// <summary>The previous answer as <typeparamref name="T"/>; a mismatch is a bug in the flow and throws.</summary>
    public T ResultAs<T>() => Result is T typed
        ? typed
        : throw new InvalidOperationException($"Step {_instance.Step} of '{_waterfall.Id}' expected a {typeof(T).Name}, got {Result?.GetType().Name ?? "nothing"}.");

    public IBotTexts Texts => Dialogs.Texts;

    /// <summary>Asks a question with one of the registered prompts; the answer arrives as <see cref="Result"/> of the next step.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        Dialogs.BeginDialogAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips to the next step (slot already filled) with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        _waterfall.RunStepAsync(Dialogs, _instance, _index + 1, Draft, null, result, cancellationToken);

    public Task<DialogTurnResult> EndAsync(object? result, CancellationToken cancellationToken) =>
        Dialogs.EndDialogAsync(result, cancellationToken);

    /// <summary>Waits for the user's next message without a prompt (e.g. free text collected over several messages).</summary>
    public DialogTurnResult Wait() => DialogTurnResult.Waiting;

    public Task SendAsync(Text text, CancellationToken cancellationToken) => Dialogs.SendAsync(text, cancellationToken);
}
