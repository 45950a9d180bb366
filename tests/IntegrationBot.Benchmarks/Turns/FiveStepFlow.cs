using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Benchmarks.Turns;

/// <summary>
/// Five text prompts in a row that start over after the fifth, so every measured turn is "answer a prompt, ask the
/// next one" on state of a steady size: the shape of the Bot Framework JavaScript SDK comparison (README).
/// </summary>
internal sealed class FiveStepFlow() : Waterfall<FiveStepDraft>("main", version: 1)
{
    private static readonly PromptOptions Question = new(Text.Of("Engine_Retry_Text"));

    protected override IReadOnlyList<WaterfallStep<FiveStepDraft>> Steps => [AskFirst, AskSecond, AskThird, AskFourth, AskFifth, StartOver];

    private Task<DialogTurnResult> AskFirst(StepContext<FiveStepDraft> step, CancellationToken ct) => step.PromptAsync(PromptIds.Text, Question, ct);

    private Task<DialogTurnResult> AskSecond(StepContext<FiveStepDraft> step, CancellationToken ct)
    {
        step.Draft.First = step.ResultAs<string>();
        return step.PromptAsync(PromptIds.Text, Question, ct);
    }

    private Task<DialogTurnResult> AskThird(StepContext<FiveStepDraft> step, CancellationToken ct)
    {
        step.Draft.Second = step.ResultAs<string>();
        return step.PromptAsync(PromptIds.Text, Question, ct);
    }

    private Task<DialogTurnResult> AskFourth(StepContext<FiveStepDraft> step, CancellationToken ct)
    {
        step.Draft.Third = step.ResultAs<string>();
        return step.PromptAsync(PromptIds.Text, Question, ct);
    }

    private Task<DialogTurnResult> AskFifth(StepContext<FiveStepDraft> step, CancellationToken ct)
    {
        step.Draft.Fourth = step.ResultAs<string>();
        return step.PromptAsync(PromptIds.Text, Question, ct);
    }

    private Task<DialogTurnResult> StartOver(StepContext<FiveStepDraft> step, CancellationToken ct) =>
        step.Dialogs.ReplaceDialogAsync("main", null, ct);
}

internal sealed class FiveStepDraft
{
    public string? First { get; set; }
    public string? Second { get; set; }
    public string? Third { get; set; }
    public string? Fourth { get; set; }
}
