using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Engine.Interruptions;

/// <summary>"Delete my data": confirm, then erase everything the bot keeps about the user and start afresh.</summary>
public sealed class DeleteMyDataDialog(PersonalDataReport report) : Waterfall<DeleteMyDataDraft>(DialogId, version: 1)
{
    public const string DialogId = "engine.deleteMyData";

    protected override IReadOnlyList<WaterfallStep<DeleteMyDataDraft>> Steps => [AskToConfirm, DeleteIfConfirmed];

    private Task<DialogTurnResult> AskToConfirm(StepContext<DeleteMyDataDraft> step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Confirm, new PromptOptions(Text.Of("Engine_ConfirmDelete")), cancellationToken);

    private async Task<DialogTurnResult> DeleteIfConfirmed(StepContext<DeleteMyDataDraft> step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.SendAsync(Text.Of("Engine_DeleteCancelled"), cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var dc = step.Dialogs;
        await report.EraseAsync(dc, cancellationToken).ConfigureAwait(false);
        await step.SendAsync(Text.Of("Engine_DataDeleted"), cancellationToken).ConfigureAwait(false);
        dc.CancelAllDialogs();
        return await InterruptionHandler.BeginMenuAsync(dc, cancellationToken).ConfigureAwait(false);
    }
}

public sealed class DeleteMyDataDraft;
