using IntegrationBot.Domain.Events;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Flows.Events;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Fields;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Ideas.Similarity;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Flows.Ideas;

/// <summary>
/// An idea for a Handlungsfeld: the idea (or the field first, then the idea) → more messages until "done" → the field
/// the text suggests, or a pick → similar ideas ("add yours anyway?") → neighbourhood (optional) → named or anonymous
/// → name and contact (named only) → consent → summary → reference number.
/// </summary>
public sealed class IdeaDialog(
    IIdeaStore ideas, IIdeaProcessingTrigger processing, IFieldSuggester fields, ISimilarIdeas similar, TimeProvider time, IOptions<EventsOptions> options)
    : Waterfall<IdeaDraft>(DialogId, version: 1)
{
    public const string DialogId = "idea";
    private const int SimilarShown = 3;

    public override Text? Help => Text.Of("Idea_Help");

    protected override IReadOnlyList<WaterfallStep<IdeaDraft>> Steps =>
    [
        AskIdeaOrField, AskIdeaForField, AskAnythingToAdd, AddToIdea, SuggestField, AskField, ShowSimilarIdeas,
        AskNeighbourhood, AskNamedOrAnonymous, AskName, AskContact, AskConsent, ConfirmSummary, Submit,
    ];

    /// <summary>Asks for the idea, offering the Handlungsfelder as buttons (skipped when the flow loops back for more text).</summary>
    private Task<DialogTurnResult> AskIdeaOrField(StepContext<IdeaDraft> step, CancellationToken cancellationToken) =>
        step.Draft.Text is not null
            ? step.NextAsync(null, cancellationToken)
            : step.PromptAsync(TextOrChoicePrompt.PromptId, new PromptOptions(Text.Of("Idea_AskIdeaOrField"))
            {
                Choices = IdeaTexts.FieldChoices,
                Max = IdeaTexts.MaxLength,
            }, cancellationToken);

    /// <summary>Records the idea or the field; when the field came first, asks for the idea.</summary>
    private Task<DialogTurnResult> AskIdeaForField(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is TextOrChoice answer)
        {
            step.Draft.Field = answer.Choice;
            step.Draft.Text = answer.Text;
        }
        if (step.Draft.Text is not null)
            return step.NextAsync(null, cancellationToken);
        var field = step.Texts[EventGlossary.FieldName(step.Draft.Field!)];
        return step.PromptAsync(PromptIds.Text, new PromptOptions(Text.Of("Idea_AskIdea", field)) { Max = IdeaTexts.MaxLength }, cancellationToken);
    }

    /// <summary>Records the idea; asks whether there is more to it (a "done" button ends the text).</summary>
    private Task<DialogTurnResult> AskAnythingToAdd(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is string text)
            step.Draft.Text = text;
        return step.PromptAsync(TextOrChoicePrompt.PromptId, new PromptOptions(Text.Of("Idea_AskMore"))
        {
            Choices = [new Choice(IdeaChoices.Done, Text.Of("Idea_Done"), "Idea_Done_Synonyms")],
        }, cancellationToken);
    }

    /// <summary>Adds the message to the idea and asks again (the flow restarts with its draft); "done" moves on.</summary>
    private async Task<DialogTurnResult> AddToIdea(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        var answer = step.ResultAs<TextOrChoice>();
        if (answer.Choice == IdeaChoices.Done)
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        var joined = step.Draft.Text + "\n" + answer.Text;
        if (joined.Length > IdeaTexts.MaxLength)
            await step.SendAsync(Text.Of("Idea_TooLong", IdeaTexts.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
        else
            step.Draft.Text = joined;
        return await step.Dialogs.ReplaceDialogAsync(DialogId, step.Draft, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>When the idea came first, suggests the most likely field ("That sounds like … Right?").</summary>
    private Task<DialogTurnResult> SuggestField(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (step.Draft.Field is not null)
            return step.NextAsync(null, cancellationToken);
        var best = fields.Suggest(step.Draft.Text!, IdeaTurn.Language(step.Dialogs)).FirstOrDefault(s => Handlungsfelder.IsKnown(s.Field));
        if (best is null)
            return step.NextAsync(null, cancellationToken);
        step.Draft.SuggestedField = best.Field;
        var question = Text.Of("Idea_SuggestField", step.Texts[EventGlossary.FieldName(best.Field)], step.Texts[EventGlossary.FieldDescription(best.Field)]);
        return step.PromptAsync(PromptIds.Confirm, new PromptOptions(question), cancellationToken);
    }

    /// <summary>Records the answer to the suggestion; without a suggestion, or when it was wrong, asks for the field.</summary>
    private Task<DialogTurnResult> AskField(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (step.Draft.Field is null && step.Result is true)
            step.Draft.Field = step.Draft.SuggestedField;
        if (step.Draft.Field is not null)
            return step.NextAsync(null, cancellationToken);
        var question = step.Draft.SuggestedField is null ? "Idea_AskField" : "Idea_AskOtherField";
        return step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of(question)) { Choices = IdeaTexts.FieldChoices }, cancellationToken);
    }

    /// <summary>Records the field; shows up to three similar ideas and asks whether to add this one anyway.</summary>
    private async Task<DialogTurnResult> ShowSimilarIdeas(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is string field)
            step.Draft.Field = field;
        var found = await similar.FindAsync(step.Draft.Text!, IdeaTurn.Language(step.Dialogs), step.Draft.Field, SimilarShown, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
            return await step.NextAsync(true, cancellationToken).ConfigureAwait(false);
        await step.SendAsync(IdeaTexts.Similar([.. found.Take(SimilarShown)], step.Texts, step.Dialogs.Services.Recognizers), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(PromptIds.Confirm, new PromptOptions(Text.Of("Idea_AddAnyway")), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records "add anyway"; asks for the neighbourhood (optional).</summary>
    private async Task<DialogTurnResult> AskNeighbourhood(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
            return await EndWithAsync(step, "Idea_NotAdded", cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(PromptIds.Text, new PromptOptions(Text.Of("Idea_AskNeighbourhood")) { Max = 100, Optional = true }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the neighbourhood; asks whether to submit with a name or anonymously.</summary>
    private Task<DialogTurnResult> AskNamedOrAnonymous(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        step.Draft.Neighbourhood = step.Result as string;
        Choice[] choices =
        [
            new(IdeaChoices.Named, Text.Of("Idea_Named"), "Idea_Named_Synonyms"),
            new(IdeaChoices.Anonymous, Text.Of("Idea_Anonymous"), "Idea_Anonymous_Synonyms"),
        ];
        return step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Idea_AskNamed")) { Choices = choices }, cancellationToken);
    }

    /// <summary>Records the choice; asks for the name (named ideas only).</summary>
    private Task<DialogTurnResult> AskName(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        step.Draft.Named = step.ResultAs<string>() == IdeaChoices.Named;
        return step.Draft.Named
            ? step.PromptAsync(PromptIds.Text, new PromptOptions(Text.Of("Idea_AskName")) { Max = 100 }, cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    /// <summary>Records the name; asks for an e-mail address or phone number (optional, named ideas only).</summary>
    private Task<DialogTurnResult> AskContact(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (!step.Draft.Named)
            return step.NextAsync(null, cancellationToken);
        step.Draft.Name = step.ResultAs<string>().Trim();
        return step.PromptAsync(ContactPrompt.PromptId, new PromptOptions(Text.Of("Idea_AskContact")) { Optional = true }, cancellationToken);
    }

    /// <summary>Records the contact; asks for consent, with the link to the privacy notice.</summary>
    private Task<DialogTurnResult> AskConsent(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (step.Draft.Named)
            step.Draft.Contact = step.Result as string;
        var consent = step.Draft.Named ? "Idea_AskConsent" : "Idea_AskConsent_Anonymous";
        return step.PromptAsync(PromptIds.Confirm, new PromptOptions(Text.Of(consent, options.Value.PrivacyNotice.AbsoluteUri)), cancellationToken);
    }

    /// <summary>Records the consent; shows the summary and asks to confirm.</summary>
    private async Task<DialogTurnResult> ConfirmSummary(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
            return await EndWithAsync(step, "Idea_ConsentDeclined", cancellationToken).ConfigureAwait(false);
        step.Draft.ConsentAt = time.GetUtcNow();
        step.Draft.RequestId = step.Dialogs.Turn.Activity.Id ?? Guid.NewGuid().ToString("N");
        return await step.PromptAsync(PromptIds.Confirm, new PromptOptions(IdeaTexts.Summary(step.Draft, step.Texts)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the confirmation, stores the idea and wakes the background job. If the store fails, the error handler
    /// apologises and the state stays at the summary, so "yes" again retries; the request key makes a retry after a
    /// lost reply store once.
    /// </summary>
    private async Task<DialogTurnResult> Submit(StepContext<IdeaDraft> step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
            return await EndWithAsync(step, "Idea_NotSaved", cancellationToken).ConfigureAwait(false);
        var stored = await ideas.AddAsync(IdeaTurn.Request(step.Dialogs, step.Draft), cancellationToken).ConfigureAwait(false);
        await step.SendAsync(Text.Of("Idea_Submitted", stored.Reference), cancellationToken).ConfigureAwait(false);
        // The background job analyses and translates it now rather than at its next round.
        processing.Signal();
        return await step.EndAsync(stored.Reference, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> EndWithAsync(StepContext<IdeaDraft> step, string key, CancellationToken cancellationToken)
    {
        await step.SendAsync(Text.Of(key), cancellationToken).ConfigureAwait(false);
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
