using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Engine.Running;
using IntegrationBot.Engine.Turns;

namespace IntegrationBot.Engine.Interruptions;

/// <summary>"Change language": pick one of the shipped languages; the choice is remembered for the user.</summary>
public sealed class LanguageDialog() : Waterfall<LanguageDraft>(DialogId, version: 1)
{
    public const string DialogId = "engine.language";

    public override Text? Help => Text.Of("Engine_Help_Language");

    protected override IReadOnlyList<WaterfallStep<LanguageDraft>> Steps => [AskLanguage, RememberLanguage];

    private Task<DialogTurnResult> AskLanguage(StepContext<LanguageDraft> step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Engine_AskLanguage"))
        {
            Choices = [.. Turns.Culture.Supported.Select(c => new Choice(c, Text.Of("Language_" + c), "LanguageSynonyms_" + c))],
        }, cancellationToken);

    private async Task<DialogTurnResult> RememberLanguage(StepContext<LanguageDraft> step, CancellationToken cancellationToken)
    {
        var language = step.ResultAs<string>();
        var dc = step.Dialogs;
        dc.State.User.Value.Language = language;
        dc.State.User.Value.LanguageChosen = true;
        TurnCulture.Apply(dc.Turn, language);
        await step.SendAsync(Text.Of("Engine_LanguageChanged"), cancellationToken).ConfigureAwait(false);
        if (dc.Stack.Count == 1)
        {
            dc.CancelAllDialogs();
            return await InterruptionHandler.BeginMenuAsync(dc, cancellationToken).ConfigureAwait(false);
        }
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The language dialog collects nothing but the choice.</summary>
public sealed class LanguageDraft;
