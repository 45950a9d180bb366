using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Flows.Events;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Flows.Registration;

/// <summary>
/// Registration for an upcoming event: which date (by month first when there are many) → how many persons → name →
/// e-mail or phone (optional) → needs → consent → summary → booking code, or the waitlist when the event is full.
/// </summary>
public sealed class RegistrationDialog(EventQueries events, IRegistrationStore registrations, RegistrationNotices notices, IOptions<EventsOptions> options)
    : Waterfall<RegistrationDraft>(DialogId, version: 1)
{
    public const string DialogId = "registration";
    public const string MyRegistrationsChoice = "my-registrations";
    private const string AllMonths = "all";
    private const string FieldPrefix = "field:";
    private const int ListWithoutFilter = 5;

    public override Text? Help => Text.Of("Registration_Help");

    protected override IReadOnlyList<WaterfallStep<RegistrationDraft>> Steps =>
        [AskMonthOrField, AskWhichEvent, AskPersons, AskName, AskEmail, AskPhone, AskNeeds, AskNeedDetail, AskConsent, ConfirmSummary, Register, AnswerWaitlistOffer];

    /// <summary>With more than a handful of dates, asks for a month or a Handlungsfeld first (skipped when the event is already chosen).</summary>
    private async Task<DialogTurnResult> AskMonthOrField(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        await notices.TellAsync(step.Dialogs, cancellationToken).ConfigureAwait(false);
        if (step.Draft.EventId is not null)
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        var open = await events.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            await step.SendAsync(Text.Of("Registration_NoEvents"), cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        if (open.Count <= ListWithoutFilter)
            return await step.NextAsync(AllMonths, cancellationToken).ConfigureAwait(false);
        var language = RegistrationTurn.Language(step.Dialogs);
        List<Choice> months = [.. open.Select(e => EventFormat.Local(e.Event.Start)).Select(d => new DateTime(d.Year, d.Month, 1)).Distinct()
            .Select(m => new Choice(m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Text.Of("Registration_MonthChoice", EventFormat.MonthYear(m, language))))];
        months.AddRange(Handlungsfelder.All.Where(code => open.Any(e => e.Event.Fields.Contains(code)))
            .Select(code => new Choice(FieldPrefix + code, EventGlossary.FieldName(code))));
        months.Add(new Choice(AllMonths, Text.Of("Registration_Month_All")));
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Registration_AskMonth", open.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))) { Choices = months }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the month or field; asks which event (date, time, place), or offers "my registrations".</summary>
    private async Task<DialogTurnResult> AskWhichEvent(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        if (step.Draft.EventId is { } preselected)
            return await step.NextAsync(preselected, cancellationToken).ConfigureAwait(false);
        step.Draft.Filter = step.Result as string;
        var language = RegistrationTurn.Language(step.Dialogs);
        var open = await events.OpenAsync(cancellationToken).ConfigureAwait(false);
        var filter = step.Draft.Filter;
        var shown = open.Where(e => filter is null or AllMonths
            || (filter.StartsWith(FieldPrefix, StringComparison.Ordinal)
                ? e.Event.Fields.Contains(filter[FieldPrefix.Length..])
                : EventFormat.Local(e.Event.Start).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) == filter));
        List<Choice> choices = [.. shown.Select(e => new Choice(e.Event.Id, Text.Of("Registration_EventChoice",
            EventFormat.Date(e.Event.Start, language), EventFormat.Time(e.Event, language), e.Event.Title, EventFormat.Place(e.Event, step.Texts))))];
        choices.Add(new Choice(MyRegistrationsChoice, Text.Of("Registration_MyRegistrations"), "Registration_MyRegistrations_Synonyms"));
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Registration_AskEvent")) { Choices = choices }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the event; asks how many persons (a family or group is one registration).</summary>
    private async Task<DialogTurnResult> AskPersons(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        var chosen = step.ResultAs<string>();
        if (chosen == MyRegistrationsChoice)
            return await step.Dialogs.ReplaceDialogAsync(MyRegistrationsDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
        step.Draft.EventId = chosen;
        return await step.PromptAsync(PromptIds.Number, new PromptOptions(Text.Of("Registration_AskPersons"))
        {
            Min = 1,
            Max = RegistrationRequest.MaxPersons,
            Retry = Text.Of("Registration_Retry_Persons"),
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the number of persons; asks for the name.</summary>
    private Task<DialogTurnResult> AskName(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        step.Draft.Persons = step.ResultAs<int>();
        return step.PromptAsync(PromptIds.Text, new PromptOptions(Text.Of("Registration_AskName")) { Max = 100 }, cancellationToken);
    }

    /// <summary>Records the name; asks for an e-mail address (optional).</summary>
    private Task<DialogTurnResult> AskEmail(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        step.Draft.Name = step.ResultAs<string>().Trim();
        return step.PromptAsync(PromptIds.Email, new PromptOptions(Text.Of("Registration_AskEmail")) { Optional = true }, cancellationToken);
    }

    /// <summary>Records the e-mail; without one, asks for a phone number (optional).</summary>
    private Task<DialogTurnResult> AskPhone(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        step.Draft.Email = step.Result as string;
        return step.Draft.Email is not null
            ? step.NextAsync(null, cancellationToken)
            : step.PromptAsync(PromptIds.Phone, new PromptOptions(Text.Of("Registration_AskPhone")) { Optional = true }, cancellationToken);
    }

    /// <summary>Records the phone; asks what the person needs to take part.</summary>
    private Task<DialogTurnResult> AskNeeds(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        if (step.Draft.Email is null)
            step.Draft.Phone = step.Result as string;
        Choice[] needs =
        [
            new(NeedChoices.None, Text.Of("Registration_Need_None")),
            new(NeedChoices.Interpreter, Text.Of("Registration_Need_Interpreter")),
            new(NeedChoices.Accessibility, Text.Of("Registration_Need_Accessibility")),
            new(NeedChoices.Childcare, Text.Of("Registration_Need_Childcare")),
            new(NeedChoices.Other, Text.Of("Registration_Need_Other")),
        ];
        return step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Registration_AskNeeds")) { Choices = needs }, cancellationToken);
    }

    /// <summary>Records the need; asks the interpreter language or the other need in the person's words.</summary>
    private Task<DialogTurnResult> AskNeedDetail(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        step.Draft.Need = step.ResultAs<string>();
        var question = step.Draft.Need switch
        {
            NeedChoices.Interpreter => "Registration_AskInterpreterLanguage",
            NeedChoices.Other => "Registration_AskNeedNote",
            _ => null,
        };
        return question is null
            ? step.NextAsync(null, cancellationToken)
            : step.PromptAsync(PromptIds.Text, new PromptOptions(Text.Of(question)) { Max = 300 }, cancellationToken);
    }

    /// <summary>Records the detail; asks for consent to store the data, with the link to the privacy notice.</summary>
    private Task<DialogTurnResult> AskConsent(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        step.Draft.NeedDetail = step.Result as string;
        return step.PromptAsync(PromptIds.Confirm, new PromptOptions(Text.Of("Registration_AskConsent", options.Value.PrivacyNotice.AbsoluteUri)), cancellationToken);
    }

    /// <summary>Records the consent; shows the summary and asks to confirm.</summary>
    private async Task<DialogTurnResult> ConfirmSummary(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.SendAsync(Text.Of("Registration_ConsentDeclined"), cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        step.Draft.ConsentAt = events.Now;
        if (await events.FindAsync(step.Draft.EventId!, cancellationToken).ConfigureAwait(false) is not { } chosen)
            return await ClosedAsync(step, cancellationToken).ConfigureAwait(false);
        var summary = RegistrationSummary.Of(step.Draft, chosen.Event, step.Texts, RegistrationTurn.Language(step.Dialogs));
        return await step.PromptAsync(PromptIds.Confirm, new PromptOptions(summary), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the confirmation and registers: booking code, or the waitlist offer when the event is full.</summary>
    private async Task<DialogTurnResult> Register(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.SendAsync(Text.Of("Registration_NotSaved"), cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var result = await registrations.RegisterAsync(RegistrationTurn.Request(step.Dialogs, step.Draft, allowWaitlist: false), cancellationToken).ConfigureAwait(false);
        if (result.Outcome == RegistrationOutcome.Full)
            return await step.PromptAsync(PromptIds.Confirm, new PromptOptions(Text.Of("Registration_Full_OfferWaitlist")), cancellationToken).ConfigureAwait(false);
        return await AnnounceAsync(step, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the answer to the waitlist offer.</summary>
    private async Task<DialogTurnResult> AnswerWaitlistOffer(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        if (!step.ResultAs<bool>())
        {
            await step.SendAsync(Text.Of("Registration_NotSaved"), cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
        }
        var result = await registrations.RegisterAsync(RegistrationTurn.Request(step.Dialogs, step.Draft, allowWaitlist: true), cancellationToken).ConfigureAwait(false);
        return await AnnounceAsync(step, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnnounceAsync(StepContext<RegistrationDraft> step, RegistrationResult result, CancellationToken cancellationToken)
    {
        if (result.Registration is not { } registration)
            return await ClosedAsync(step, cancellationToken).ConfigureAwait(false);
        var link = new Uri(options.Value.PublicBaseUrl, $"/events/{Uri.EscapeDataString(registration.EventId)}.ics?code={registration.BookingCode}").AbsoluteUri;
        var key = registration.Status == RegistrationStatus.Waitlisted ? "Registration_Waitlisted" : "Registration_Confirmed";
        await step.SendAsync(Text.Of(key, registration.BookingCode, link), cancellationToken).ConfigureAwait(false);
        return await step.EndAsync(registration.BookingCode, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> ClosedAsync(StepContext<RegistrationDraft> step, CancellationToken cancellationToken)
    {
        await step.SendAsync(Text.Of("Registration_Closed"), cancellationToken).ConfigureAwait(false);
        return await step.EndAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
