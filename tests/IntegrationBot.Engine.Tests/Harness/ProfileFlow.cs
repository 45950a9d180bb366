using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Recognizers.DateTime;

namespace IntegrationBot.Engine.Tests.Harness;

/// <summary>A test flow that uses every prompt type once, in the order a registration would.</summary>
public sealed class ProfileFlow() : Waterfall<ProfileDraft>(DialogId, version: 1)
{
    public const string DialogId = "profile";

    public override Text? Help => Text.Of("Profile_Help");

    protected override IReadOnlyList<WaterfallStep<ProfileDraft>> Steps =>
        [AskName, AskGroupSize, AskDay, AskEmail, AskPhone, AskColour, AskToConfirm, Finish];

    private Task<DialogTurnResult> AskName(StepContext<ProfileDraft> step, CancellationToken ct) =>
        step.PromptAsync(PromptIds.Text, new PromptOptions(Text.Of("Profile_AskName")) { Max = 60 }, ct);

    private Task<DialogTurnResult> AskGroupSize(StepContext<ProfileDraft> step, CancellationToken ct)
    {
        step.Draft.Name = step.ResultAs<string>();
        return step.PromptAsync(PromptIds.Number, new PromptOptions(Text.Of("Profile_AskGroupSize")) { Min = 1, Max = 10 }, ct);
    }

    private Task<DialogTurnResult> AskDay(StepContext<ProfileDraft> step, CancellationToken ct)
    {
        step.Draft.GroupSize = step.ResultAs<int>();
        return step.PromptAsync(PromptIds.DateTime, new PromptOptions(Text.Of("Profile_AskDay")) { FutureOnly = true }, ct);
    }

    private Task<DialogTurnResult> AskEmail(StepContext<ProfileDraft> step, CancellationToken ct)
    {
        step.Draft.Day = step.ResultAs<DateTimeSpan>().Start;
        return step.PromptAsync(PromptIds.Email, new PromptOptions(Text.Of("Profile_AskEmail")) { Optional = true }, ct);
    }

    private Task<DialogTurnResult> AskPhone(StepContext<ProfileDraft> step, CancellationToken ct)
    {
        step.Draft.Email = step.Result as string;
        return step.PromptAsync(PromptIds.Phone, new PromptOptions(Text.Of("Profile_AskPhone")) { Optional = true }, ct);
    }

    private Task<DialogTurnResult> AskColour(StepContext<ProfileDraft> step, CancellationToken ct)
    {
        step.Draft.Phone = step.Result as string;
        return step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Profile_AskColour"))
        {
            Choices = [new("red", Text.Of("Colour_Red")), new("green", Text.Of("Colour_Green")), new("blue", Text.Of("Colour_Blue"))],
        }, ct);
    }

    private Task<DialogTurnResult> AskToConfirm(StepContext<ProfileDraft> step, CancellationToken ct)
    {
        step.Draft.Colour = step.ResultAs<string>();
        return step.PromptAsync(PromptIds.Confirm, new PromptOptions(Text.Of("Profile_Confirm", step.Draft.Name!, step.Draft.Colour)), ct);
    }

    private async Task<DialogTurnResult> Finish(StepContext<ProfileDraft> step, CancellationToken ct)
    {
        await step.SendAsync(Text.Of(step.ResultAs<bool>() ? "Profile_Saved" : "Profile_NotSaved"), ct);
        return await step.EndAsync(step.Draft, ct);
    }
}

public sealed class ProfileDraft
{
    public string? Name { get; set; }
    public int? GroupSize { get; set; }
    public DateTime? Day { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Colour { get; set; }
}
