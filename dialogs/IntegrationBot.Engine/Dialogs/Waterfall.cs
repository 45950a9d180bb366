using System.Text.Json;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Dialogs;

/// <summary>One step of a waterfall; its method name is the step's persisted name.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TDraft>(StepContext<TDraft> step, CancellationToken cancellationToken)
    where TDraft : class, new();

/// <summary>
/// A flow as a list of named steps that reads like the conversation. The typed draft (<typeparamref name="TDraft"/>)
/// is what the flow collects; it is stored as JSON in the stack frame together with the waiting step's name and the
/// flow's version. When a deployment changes the version or removes a step, the flow restarts politely.
/// </summary>
public abstract class Waterfall<TDraft>(string id, int version) : Dialog(id)
    where TDraft : class, new()
{
    private IReadOnlyList<WaterfallStep<TDraft>>? _steps;

    public int Version { get; } = version;

    /// <summary>The script: each step asks one thing or records one answer. Built once.</summary>
    protected abstract IReadOnlyList<WaterfallStep<TDraft>> Steps { get; }

    private IReadOnlyList<WaterfallStep<TDraft>> StepList => _steps ??= Steps;

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveInstance!;
        instance.Version = Version;
        var draft = options as TDraft ?? new TDraft();
        return RunStepAsync(dc, instance, 0, draft, options, null, cancellationToken);
    }

    /// <summary>The waterfall itself was waiting (no prompt): the user's text is the step's result.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        ResumeAsync(dc, dc.Turn.Activity.Text, cancellationToken);

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveInstance!;
        var index = IndexOf(instance.Step);
        if (instance.Version != Version || index < 0)
            return await RestartAsync(dc, cancellationToken).ConfigureAwait(false);
        return await RunStepAsync(dc, instance, index + 1, ReadDraft(instance), null, result, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, DialogInstance instance, int index, TDraft draft, object? options, object? result, CancellationToken cancellationToken)
    {
        if (index >= StepList.Count)
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);

        var step = StepList[index];
        instance.Step = step.Method.Name;
        instance.State = JsonSerializer.SerializeToElement(draft, DialogJson.Options);
        var context = new StepContext<TDraft>(dc, this, instance, index, draft, options, result);
        var outcome = await step(context, cancellationToken).ConfigureAwait(false);
        if (dc.Stack.Contains(instance))
            instance.State = JsonSerializer.SerializeToElement(draft, DialogJson.Options);
        return outcome;
    }

    private async Task<DialogTurnResult> RestartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.SendAsync(Text.Of("Engine_FlowUpdated"), cancellationToken).ConfigureAwait(false);
        return await dc.ReplaceDialogAsync(Id, null, cancellationToken).ConfigureAwait(false);
    }

    private int IndexOf(string? stepName)
    {
        for (var i = 0; i < StepList.Count; i++)
        {
            if (StepList[i].Method.Name == stepName)
                return i;
        }
        return -1;
    }

    private static TDraft ReadDraft(DialogInstance instance) =>
        instance.State is { } json ? json.Deserialize<TDraft>(DialogJson.Options) ?? new TDraft() : new TDraft();
}
