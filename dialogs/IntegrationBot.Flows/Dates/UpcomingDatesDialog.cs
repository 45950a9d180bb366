using System.Globalization;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Flows.Events;
using IntegrationBot.Flows.Registration;

namespace IntegrationBot.Flows.Dates;

/// <summary>
/// "Welche Termine gibt es im Mai?", "Fachforen im Herbst", "what's on next week": answers with the matching events and
/// their free places (past ones as archive), then offers to register for one.
/// </summary>
public sealed class UpcomingDatesDialog(EventQueries events, RegistrationNotices notices) : Waterfall<DatesDraft>(DialogId, version: 1)
{
    public const string DialogId = "dates";
    private const int MaxListed = 10;

    public override Text? Help => Text.Of("Dates_Help");

    protected override IReadOnlyList<WaterfallStep<DatesDraft>> Steps => [AskWhichDates, Answer, NextMove];

    /// <summary>Asks what the person is looking for.</summary>
    private async Task<DialogTurnResult> AskWhichDates(StepContext<DatesDraft> step, CancellationToken cancellationToken)
    {
        await notices.TellAsync(step.Dialogs, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(PromptIds.Text, new PromptOptions(Text.Of("Dates_Ask")) { Max = 300 }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers with the matching events; offers registration when one of them is open.</summary>
    private async Task<DialogTurnResult> Answer(StepContext<DatesDraft> step, CancellationToken cancellationToken)
    {
        var language = RegistrationTurn.Language(step.Dialogs);
        var matches = await FindAsync(step.ResultAs<string>(), language, step.Texts, cancellationToken).ConfigureAwait(false);
        var now = events.Now;
        var open = matches.Where(m => m.Event.IsOpenAt(now)).ToList();
        step.Draft.OpenEventId = open.Count == 1 ? open[0].Event.Id : null;
        if (matches.Count == 0)
            await step.SendAsync(Text.Of("Dates_None"), cancellationToken).ConfigureAwait(false);
        else
            await step.SendAsync(Text.Of("Dates_Found", matches.Count.ToString(CultureInfo.InvariantCulture), Lines(matches.Take(MaxListed), now, language, step.Texts)), cancellationToken).ConfigureAwait(false);

        List<Choice> next = open.Count > 0 ? [new("register", Text.Of("Dates_Register"))] : [];
        next.Add(new("again", Text.Of("Dates_Again")));
        next.Add(new("done", Text.Of("Dates_Done")));
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions(Text.Of("Dates_Next")) { Choices = next }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Registers (for the one open date found, or from the list), asks again, or ends.</summary>
    private Task<DialogTurnResult> NextMove(StepContext<DatesDraft> step, CancellationToken cancellationToken) => step.ResultAs<string>() switch
    {
        "register" => step.Dialogs.ReplaceDialogAsync(RegistrationDialog.DialogId, new RegistrationDraft { EventId = step.Draft.OpenEventId }, cancellationToken),
        "again" => step.Dialogs.ReplaceDialogAsync(DialogId, null, cancellationToken),
        _ => step.EndAsync(null, cancellationToken),
    };

    public async Task<IReadOnlyList<Domain.Events.EventAvailability>> FindAsync(string question, string language, IBotTexts texts, CancellationToken cancellationToken)
    {
        var query = DatesQuery.Parse(question, language, events.Now, texts);
        var inSpan = await events.InSpanAsync(query.From, query.To, cancellationToken).ConfigureAwait(false);
        return [.. inSpan.Where(e => query.Matches(e.Event))];
    }

    private static string Lines(IEnumerable<Domain.Events.EventAvailability> matches, DateTimeOffset now, string language, IBotTexts texts) =>
        string.Join("\n", matches.Select(m => m.Event.Start <= now
            ? texts["Dates_Line_Archive", EventFormat.Date(m.Event.Start, language), m.Event.Title, EventFormat.Place(m.Event, texts)]
            : texts["Dates_Line", EventFormat.Date(m.Event.Start, language), EventFormat.Time(m.Event, language), m.Event.Title,
                EventFormat.Place(m.Event, texts), m.FreePlaces > 0 ? texts["Dates_Free", m.FreePlaces] : texts["Dates_FullWaitlist", []]]));
}

/// <summary>Remembers the one open event of the last answer, so "register" can skip the list.</summary>
public sealed class DatesDraft
{
    public string? OpenEventId { get; set; }
}
