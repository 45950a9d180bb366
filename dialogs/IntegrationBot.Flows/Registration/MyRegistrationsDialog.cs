using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Flows.Events;

namespace IntegrationBot.Flows.Registration;

/// <summary>"My registrations": lists the active ones and cancels one by button or by its booking code.</summary>
public sealed class MyRegistrationsDialog(EventQueries events, IRegistrationStore registrations, RegistrationNotices notices) : Waterfall<MyRegistrationsDraft>(DialogId, version: 1)
{
    public const string DialogId = "my-registrations";
    private const string Back = "back";

    public override Text? Help => Text.Of("Registration_My_Help");

    protected override IReadOnlyList<WaterfallStep<MyRegistrationsDraft>> Steps => [AskWhichToCancel, CancelChosen];

    /// <summary>Shows the active registrations and asks which one to cancel (or none).</summary>
    private async Task<DialogTurnResult> AskWhichToCancel(StepContext<MyRegistrationsDraft> step, CancellationToken cancellationToken)
    {
        await notices.TellAsync(step.Dialogs, cancellationToken).ConfigureAwait(false);
        var language = RegistrationTurn.Language(step.Dialogs);
        var active = (await registrations.ListAsync(RegistrationTurn.User(step.Dialogs), cancellationToken).ConfigureAwait(false))
            .Where(r => r.Status != RegistrationStatus.Cancelled).ToList();
        if (active.Count == 0)
        {
            await step.SendAsync(Text.Of("Registration_My_None"), cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var lines = new List<string>();
        var choices = new List<Choice>();
        foreach (var registration in active)
        {
            var found = await events.FindAsync(registration.EventId, cancellationToken).ConfigureAwait(false);
            var title = found?.Event.Title ?? registration.EventId;
            var date = found is null ? string.Empty : EventFormat.Date(found.Event.Start, language);
            lines.Add(step.Texts["Registration_My_Line", date, title, StatusText(registration.Status, step.Texts), registration.Persons, registration.BookingCode]);
            choices.Add(new Choice(registration.BookingCode, Text.Of("Registration_My_CancelChoice", registration.BookingCode)));
        }
        choices.Add(new Choice(Back, Text.Of("Registration_My_Back")));
        await step.SendAsync(Text.Of("Registration_My_List", string.Join("\n", lines)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Registration_My_Ask")) { Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels the chosen registration; freed places go to the waitlist in the same transaction.</summary>
    private async Task<DialogTurnResult> CancelChosen(StepContext<MyRegistrationsDraft> step, CancellationToken cancellationToken)
    {
        var chosen = step.ResultAs<string>();
        if (chosen != Back)
        {
            var result = await registrations.CancelAsync(chosen, RegistrationTurn.User(step.Dialogs), cancellationToken).ConfigureAwait(false);
            step.Draft.Cancelled = result.Cancelled?.BookingCode;
            await step.SendAsync(result.Cancelled is null ? Text.Of("Registration_My_NotFound") : Text.Of("Registration_My_Cancelled", chosen), cancellationToken).ConfigureAwait(false);
        }
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }

    public static string StatusText(RegistrationStatus status, IBotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts["Registration_Status_" + status, []];
    }
}

/// <summary>Remembers what was cancelled (for monitoring; the list itself is always read fresh).</summary>
public sealed class MyRegistrationsDraft
{
    public string? Cancelled { get; set; }
}
