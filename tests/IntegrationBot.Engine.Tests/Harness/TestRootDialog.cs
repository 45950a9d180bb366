using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Engine.Running;

namespace IntegrationBot.Engine.Tests.Harness;

/// <summary>The test application's root: a two-entry menu (profile, counter) that loops.</summary>
public sealed class TestRootDialog() : Waterfall<RootDraft>("main", version: 1)
{
    protected override IReadOnlyList<WaterfallStep<RootDraft>> Steps => [AskWhatToDo, StartIt, Again];

    private static readonly Choice[] Entries =
        [new(ProfileFlow.DialogId, Text.Of("Root_Profile")), new(CounterDialog.DialogId, Text.Of("Root_Counter"))];

    private Task<DialogTurnResult> AskWhatToDo(StepContext<RootDraft> step, CancellationToken ct)
    {
        var dc = step.Dialogs;
        if (step.Options is RootStart.Message
            && ChoiceMatcher.Match(Entries, PromptInput.From(dc.Turn.Activity), dc.Texts, dc.Services.Recognizers, dc.Turn.Locale) is { } chosen)
            return step.NextAsync(chosen.Value, ct);
        return step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of(step.Options is RootStart.Welcome ? "Root_Welcome" : "Root_Menu")) { Choices = Entries }, ct);
    }

    private Task<DialogTurnResult> StartIt(StepContext<RootDraft> step, CancellationToken ct) =>
        step.BeginDialogAsync(step.ResultAs<string>(), null, ct);

    private Task<DialogTurnResult> Again(StepContext<RootDraft> step, CancellationToken ct) =>
        step.Dialogs.ReplaceDialogAsync("main", RootStart.Menu, ct);
}

public sealed class RootDraft;

/// <summary>Counts every message until the user says "stop"; the count lives in the draft. For concurrency tests.</summary>
public sealed class CounterDialog() : Waterfall<CounterDraft>(DialogId, version: 1)
{
    public const string DialogId = "counter";

    protected override IReadOnlyList<WaterfallStep<CounterDraft>> Steps => [WaitForMessage, Count];

    private Task<DialogTurnResult> WaitForMessage(StepContext<CounterDraft> step, CancellationToken ct) =>
        Task.FromResult(step.Wait());

    private async Task<DialogTurnResult> Count(StepContext<CounterDraft> step, CancellationToken ct)
    {
        if (step.Result is "stop")
            return await step.EndAsync(step.Draft.Count, ct);
        step.Draft.Count++;
        return await step.Dialogs.ReplaceDialogAsync(DialogId, step.Draft, ct);
    }
}

public sealed class CounterDraft
{
    public int Count { get; set; }
}
