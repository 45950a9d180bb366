using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Engine.Running;

namespace IntegrationBot.Flows.Menu;

/// <summary>
/// The root of every conversation: greet, offer what IntegrationBot can do, start the chosen flow, and come back
/// here when it ends. A first message that already names a menu entry ("Workshop anmelden") skips the question.
/// </summary>
public sealed class MainMenuDialog(IEnumerable<MenuFlow> flows, IEnumerable<IMenuNotices> notices) : Waterfall<MenuDraft>(DialogId, version: 1)
{
    public const string DialogId = "main";

    public override Text? Help => Text.Of("Menu_Help");

    protected override IReadOnlyList<WaterfallStep<MenuDraft>> Steps => [AskWhatToDo, StartChosenFlow, ShowMenuAgain];

    /// <summary>Tells pending news, then asks what the user wants, unless their first message already said it.</summary>
    private async Task<DialogTurnResult> AskWhatToDo(StepContext<MenuDraft> step, CancellationToken cancellationToken)
    {
        var start = step.Options as RootStart? ?? RootStart.Menu;
        var dc = step.Dialogs;
        foreach (var feature in notices)
        {
            foreach (var notice in await feature.TakeAsync(dc, cancellationToken).ConfigureAwait(false))
                await step.SendAsync(notice, cancellationToken).ConfigureAwait(false);
        }
        if (start == RootStart.Message)
        {
            var input = PromptInput.From(dc.Turn.Activity);
            if (ChoiceMatcher.Match(MenuChoices.All, input, dc.Texts, dc.Services.Recognizers, dc.Turn.Locale) is { } chosen)
                return await step.NextAsync(chosen.Value, cancellationToken).ConfigureAwait(false);
            start = IsGreeting(dc, input.Text) ? RootStart.Welcome : start;
        }
        var question = start switch
        {
            RootStart.Welcome => "Welcome",
            RootStart.Message => "NotUnderstood",
            _ => "Menu_WhatNext",
        };
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of(question)) { Choices = MenuChoices.All }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the flow behind the chosen entry (flows that are not built yet say so).</summary>
    private async Task<DialogTurnResult> StartChosenFlow(StepContext<MenuDraft> step, CancellationToken cancellationToken)
    {
        var chosen = step.ResultAs<string>();
        step.Draft.LastChoice = chosen;
        if (flows.FirstOrDefault(f => f.Choice == chosen) is { } flow)
            return await step.BeginDialogAsync(flow.DialogId, null, cancellationToken).ConfigureAwait(false);

        var title = MenuChoices.All.First(c => c.Value == chosen).Title;
        await step.SendAsync(Text.Of("ComingSoon", step.Texts[title]), cancellationToken).ConfigureAwait(false);
        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A flow ended: offer the menu again.</summary>
    private Task<DialogTurnResult> ShowMenuAgain(StepContext<MenuDraft> step, CancellationToken cancellationToken) =>
        step.Dialogs.ReplaceDialogAsync(DialogId, RootStart.Menu, cancellationToken);

    private static bool IsGreeting(DialogContext dc, string text)
    {
        var said = ChoiceMatcher.Normalize(text);
        return said.Length > 0 && dc.Texts["Menu_Greetings", []].Split(';', StringSplitOptions.TrimEntries)
            .Any(greeting => ChoiceMatcher.Normalize(greeting) == said);
    }
}

/// <summary>The menu remembers only what was chosen last (for help texts and monitoring).</summary>
public sealed class MenuDraft
{
    public string? LastChoice { get; set; }
}
