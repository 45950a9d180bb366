using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Dialogs;

/// <summary>The dialog stack of one user in one conversation, for one turn: begin, continue, end, replace, cancel.</summary>
public sealed class DialogContext(ITurnContext turn, TurnStateSession state, DialogServices services)
{
    public ITurnContext Turn { get; } = turn;

    public TurnStateSession State { get; } = state;

    public DialogServices Services { get; } = services;

    public IBotTexts Texts => Services.Texts;

    public List<DialogInstance> Stack => State.Dialog.Value.Stack;

    public DialogInstance? ActiveInstance => Stack.Count > 0 ? Stack[^1] : null;

    public Dialog? ActiveDialog => ActiveInstance is { } top ? Services.Dialogs.Find(top.Id) : null;

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, options, interruption: false, cancellationToken);

    /// <summary>Starts a dialog on top of the stack; with <paramref name="interruption"/>, the dialog below is reprompted when it ends.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, bool interruption, CancellationToken cancellationToken)
    {
        var dialog = Services.Dialogs.Get(dialogId);
        Stack.Add(new DialogInstance { Id = dialogId, Interruption = interruption ? true : null });
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Passes the user's message to the active dialog; an unknown dialog id (removed in a deployment) is dropped politely.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        while (ActiveInstance is { } top)
        {
            if (Services.Dialogs.Find(top.Id) is { } dialog)
                return await dialog.ContinueAsync(this, cancellationToken).ConfigureAwait(false);
            Stack.RemoveAt(Stack.Count - 1);
        }
        return DialogTurnResult.Empty;
    }

    /// <summary>Ends the active dialog and hands <paramref name="result"/> to the dialog below (or reprompts it after an interruption).</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (ActiveInstance is not { } ended)
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        Stack.RemoveAt(Stack.Count - 1);

        if (ActiveInstance is not { } parent || Services.Dialogs.Find(parent.Id) is not { } parentDialog)
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        if (ended.Interruption is true)
        {
            await parentDialog.RepromptAsync(this, parent, cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        return await parentDialog.ResumeAsync(this, result, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (ActiveInstance is not null)
            Stack.RemoveAt(Stack.Count - 1);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public DialogTurnResult CancelAllDialogs()
    {
        Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog's question again.</summary>
    public Task RepromptAsync(CancellationToken cancellationToken) =>
        ActiveInstance is { } top && Services.Dialogs.Find(top.Id) is { } dialog
            ? dialog.RepromptAsync(this, top, cancellationToken)
            : Task.CompletedTask;

    /// <summary>The help text of the innermost dialog that has one.</summary>
    public Text? FindHelp()
    {
        for (var i = Stack.Count - 1; i >= 0; i--)
        {
            if (Services.Dialogs.Find(Stack[i].Id)?.Help is { } help)
                return help;
        }
        return null;
    }

    /// <summary>Sends a text; in Teams one too long for a message goes out in parts (<see cref="Prompts.PromptRendering.Say"/>).</summary>
    public async Task<ResourceResponse> SendAsync(Text text, CancellationToken cancellationToken) =>
        (await Turn.SendActivitiesAsync(Prompts.PromptRendering.Say(Turn, Texts[text]), cancellationToken).ConfigureAwait(false))[^1];

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        Turn.SendActivityAsync(activity, cancellationToken);
}
