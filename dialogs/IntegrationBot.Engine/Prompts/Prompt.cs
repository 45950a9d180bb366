using System.Text.Json;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Prompts;

/// <summary>
/// Asks one question and returns a typed answer. An answer that does not fit gets a localized retry; after
/// <see cref="EngineOptions.PromptMaxAttempts"/> misses the prompt offers help, cancel and the menu instead of looping.
/// </summary>
public abstract class Prompt<T>(string id) : Dialog(id)
{
    /// <summary>Said after an answer that did not fit, unless the options or the recognizer give a better reason.</summary>
    protected abstract Text DefaultRetry { get; }

    /// <summary>Reads the user's answer. Text longer than the engine's limit never reaches this method.</summary>
    protected abstract PromptRecognition<T> Recognize(DialogContext dc, PromptInput input, PromptOptions options);

    /// <summary>True for answers in the user's own words (Teams then gets an input field on the card); false for pick-one prompts.</summary>
    protected virtual bool AnsweredInWords => true;

    /// <summary>Buttons shown with the question (choices, yes/no); none by default.</summary>
    protected virtual IReadOnlyList<PromptButton> Buttons(DialogContext dc, PromptOptions options) => [];

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        var instance = dc.ActiveInstance!;
        Save(instance, new PromptState(promptOptions, 0));
        await AskAsync(dc, promptOptions, null, 0, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Turn.Activity;
        if (!activity.IsType(ActivityTypes.Message))
            return DialogTurnResult.Waiting;

        var instance = dc.ActiveInstance!;
        var state = Load(instance);
        var input = PromptInput.From(activity);
        if (input.Page is { } page)
        {
            // Paging through a long list of choices is not an answer: no retry is used up.
            await AskAsync(dc, state.Options, null, page, cancellationToken).ConfigureAwait(false);
            Save(instance, state with { Page = page });
            return DialogTurnResult.Waiting;
        }
        var recognition = input.Text.Length > dc.Services.Options.MaxTextLength
            ? PromptRecognition<T>.Reject(Text.Of("Engine_TooLong", dc.Services.Options.MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : IsSkip(dc, input, state.Options) ? PromptRecognition<T>.Accept(default!) : Recognize(dc, input, state.Options);
        if (recognition.Succeeded)
            return await dc.EndDialogAsync(recognition.Value, cancellationToken).ConfigureAwait(false);

        var attempts = state.Attempts + 1;
        if (attempts >= dc.Services.Options.PromptMaxAttempts)
        {
            await OfferHelpAsync(dc, cancellationToken).ConfigureAwait(false);
            attempts = 0;
        }
        else
        {
            await AskAsync(dc, state.Options, recognition.Reason ?? state.Options.Retry ?? DefaultRetry, state.Page, cancellationToken).ConfigureAwait(false);
        }
        Save(instance, state with { Attempts = attempts });
        return DialogTurnResult.Waiting;
    }

    public override async Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var state = Load(instance);
        await AskAsync(dc, state.Options, null, state.Page, cancellationToken).ConfigureAwait(false);
    }

    private async Task AskAsync(DialogContext dc, PromptOptions options, Text? before, int page, CancellationToken cancellationToken)
    {
        var question = dc.Texts[options.Prompt];
        var text = before is null ? question : dc.Texts[before] + "\n\n" + question;
        var buttons = Buttons(dc, options);
        if (options.Optional is true)
            buttons = [.. buttons, PromptButton.Command(dc.Texts["Engine_Skip"], "skip")];
        var view = new PromptView(text, buttons, Paging(dc), AnsweredInWords ? dc.Texts["Engine_Send"] : null, page);
        await dc.Turn.SendActivitiesAsync(PromptRendering.Render(dc.Turn, view), cancellationToken).ConfigureAwait(false);
    }

    private static async Task OfferHelpAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        PromptButton[] buttons =
        [
            PromptButton.Command(dc.Texts["Engine_Button_Help"], "help"),
            PromptButton.Command(dc.Texts["Engine_Button_Cancel"], "cancel"),
            PromptButton.Command(dc.Texts["Engine_Button_Menu"], "menu"),
        ];
        await dc.Turn.SendActivitiesAsync(PromptRendering.Render(dc.Turn, new PromptView(dc.Texts["Engine_RetryLimit"], buttons, Paging(dc))), cancellationToken).ConfigureAwait(false);
    }

    private static PagingTitles Paging(DialogContext dc) => new(dc.Texts["Engine_More"], dc.Texts["Engine_Back"]);

    private static bool IsSkip(DialogContext dc, PromptInput input, PromptOptions options) =>
        options.Optional is true
        && (input.Command == "skip" || dc.Texts.InAllLanguages("Engine_Skip").Any(w => string.Equals(w, input.Text.Trim(), StringComparison.OrdinalIgnoreCase)));

    private static PromptState Load(DialogInstance instance) =>
        instance.State?.Deserialize<PromptState>(DialogJson.Options)
        ?? throw new InvalidOperationException($"Prompt '{instance.Id}' has no state.");

    private static void Save(DialogInstance instance, PromptState state) =>
        instance.State = JsonSerializer.SerializeToElement(state, DialogJson.Options);
}
