using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Engine.Running;

namespace IntegrationBot.Engine.Interruptions;

/// <summary>
/// Help, cancel, menu, change language, show my data and delete my data, at any prompt. Help and "show my data"
/// answer and ask the interrupted question again; language and delete run as dialogs on top of the stack and
/// reprompt the interrupted question when they end; cancel and menu end every dialog and show the menu.
/// </summary>
public sealed class InterruptionHandler(CommandLexicon lexicon, PersonalDataReport report)
{
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (lexicon.Recognize(PromptInput.From(dc.Turn.Activity)) is not { } command)
            return false;

        switch (command)
        {
            case Command.Help:
                await dc.SendAsync(dc.FindHelp() ?? Text.Of("Engine_Help"), cancellationToken).ConfigureAwait(false);
                await RepromptOrMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
            case Command.Cancel:
                await dc.SendAsync(Text.Of(dc.Stack.Count > 0 ? "Engine_Cancelled" : "Engine_NothingToCancel"), cancellationToken).ConfigureAwait(false);
                dc.CancelAllDialogs();
                await BeginMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
            case Command.Menu:
                dc.CancelAllDialogs();
                await BeginMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
            case Command.Language:
                await dc.BeginDialogAsync(LanguageDialog.DialogId, null, interruption: true, cancellationToken).ConfigureAwait(false);
                break;
            case Command.ShowMyData:
                await dc.SendAsync(new Schema.Activity { Text = await report.DescribeAsync(dc, cancellationToken).ConfigureAwait(false) }, cancellationToken).ConfigureAwait(false);
                await RepromptOrMenuAsync(dc, cancellationToken).ConfigureAwait(false);
                break;
            case Command.DeleteMyData:
                await dc.BeginDialogAsync(DeleteMyDataDialog.DialogId, null, interruption: true, cancellationToken).ConfigureAwait(false);
                break;
        }
        return true;
    }

    private static Task RepromptOrMenuAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Stack.Count > 0 ? dc.RepromptAsync(cancellationToken) : BeginMenuAsync(dc, cancellationToken);

    internal static Task<DialogTurnResult> BeginMenuAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(dc.Services.Options.RootDialogId, RootStart.Menu, cancellationToken);
}
