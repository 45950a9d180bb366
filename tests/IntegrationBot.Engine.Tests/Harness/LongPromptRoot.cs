using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Engine.Tests.Harness;

/// <summary>
/// A root dialog that asks one given question (a long list of choices, a very long summary) and says what it got:
/// "answer: {value}". For the Teams size-limit tests; replaces the test application's menu.
/// </summary>
public sealed class LongPromptRoot(string promptId, PromptOptions question, string? then = null) : Waterfall<LongPromptDraft>("main", version: 1)
{
    protected override IReadOnlyList<WaterfallStep<LongPromptDraft>> Steps => [Ask, Tell];

    /// <summary>The text <see cref="Tell"/> sends for <paramref name="value"/>.</summary>
    public static string AnswerText(object? value) => "answer: " + value;

    /// <summary>Replaces the test menu with this dialog in an <see cref="EngineHarness"/>.</summary>
    /// <param name="then">A text said after the answer, on the next line (a long message).</param>
    public static Action<IServiceCollection> Replacing(string promptId, PromptOptions question, string? then = null) => services =>
    {
        services.Remove(services.Single(s => s.ImplementationType == typeof(TestRootDialog)));
        services.AddSingleton<Dialog>(new LongPromptRoot(promptId, question, then));
    };

    /// <summary>Any text, shown as it is (the test resx has a key whose value is just its argument).</summary>
    public static Text Literal(string text) => Text.Of("Test_Literal", text);

    private Task<DialogTurnResult> Ask(StepContext<LongPromptDraft> step, CancellationToken ct) =>
        step.PromptAsync(promptId, question, ct);

    private async Task<DialogTurnResult> Tell(StepContext<LongPromptDraft> step, CancellationToken ct)
    {
        await step.SendAsync(Literal(then is null ? AnswerText(step.Result) : AnswerText(step.Result) + "\n" + then), ct);
        return await step.EndAsync(null, ct);
    }
}

public sealed class LongPromptDraft;
