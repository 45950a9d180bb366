using IntegrationBot.Domain.Seed;
using IntegrationBot.Flows.Events;
using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Flows.Tests.Dates;

/// <summary>The upcoming-dates flow: the answer lists dates with free places (past ones as archive) and leads to registration.</summary>
public sealed class UpcomingDatesTranscripts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Locales => ["de-DE", "en-US", "ar-SA", "tr-TR", "uk-UA", "ru-RU", "fa-IR", "nl-NL"];

    [Fact]
    public async Task Dates_in_May_are_listed_with_free_places_and_lead_to_registration()
    {
        await using var harness = new FlowHarness();
        await EventSeed.SeedAsync(harness.Events, includeSamples: true, Ct);
        var culture = (await harness.Events.FindAsync("sample-2027-05-06-workshop-kultur", Ct))!.Event;
        var sport = (await harness.Events.FindAsync("sample-2027-05-20-fachforum-sport", Ct))!.Event;
        var lines = string.Join("\n", Line(harness, culture, 23), Line(harness, sport, 28));

        var conversation = harness.Conversation("de-DE");
        await Transcript.PlayAsync(conversation, """
            user: Termine ansehen
            bot: Dates_Ask
            """);
        var answer = await conversation.SayAsync("Welche Termine gibt es im Mai?");

        Assert.Equal(harness.Text("de", "Dates_Found", "2", lines), answer[0].Text);
        Assert.Equal(harness.Text("de", "Dates_Next"), answer[1].Text);
        Assert.Equal([harness.Text("de", "Dates_Register"), harness.Text("de", "Dates_Again"), harness.Text("de", "Dates_Done")], Transcript.Buttons(answer[1]));
        await Transcript.PlayAsync(conversation, """
            user: Jetzt anmelden
            bot: Registration_AskMonth(9)
            """);
    }

    [Fact]
    public async Task A_single_open_date_found_is_preselected_for_registration()
    {
        await using var harness = new FlowHarness();
        await EventSeed.SeedAsync(harness.Events, includeSamples: true, Ct);
        await Transcript.PlayAsync(harness.Conversation("en-US"), """
            user: dates
            bot: Dates_Ask
            user: the plenary
            bot~: Beispieltermin: Plenum
            bot: Dates_Next
            buttons: Dates_Register, Dates_Again, Dates_Done
            user: the first one
            bot: Registration_AskPersons
            """);
    }

    [Fact]
    public async Task Past_dates_are_shown_as_archive_without_registration()
    {
        await using var harness = new FlowHarness();
        await EventSeed.SeedAsync(harness.Events, includeSamples: true, Ct);
        var goals = (await harness.Events.FindAsync("mlb-2024-10-08-workshop-ziele", Ct))!.Event;
        var archive = harness.Text("de", "Dates_Line_Archive", EventFormat.Date(goals.Start, "de"), goals.Title, EventFormat.Place(goals, harness.Texts));
        var conversation = harness.Conversation("de-DE");
        await Transcript.PlayAsync(conversation, """
            user: Termine ansehen
            bot: Dates_Ask
            """);

        var answer = await conversation.SayAsync("Was war im Oktober 2024?");

        Assert.Equal(harness.Text("de", "Dates_Found", "1", archive), answer[0].Text);
        Assert.Equal([harness.Text("de", "Dates_Again"), harness.Text("de", "Dates_Done")], Transcript.Buttons(answer[1]));
        Assert.Contains("Bezirksregierung Münster", archive, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Nothing_found_says_so_and_asking_again_works_in_every_language(string locale)
    {
        await using var harness = new FlowHarness();
        await EventSeed.SeedAsync(harness.Events, includeSamples: true, Ct);
        await Transcript.PlayAsync(harness.Conversation(locale), """
            user: @Menu_Dates
            bot: Dates_Ask
            user: @Glossary_Kind_Abschlussveranstaltung
            bot: Dates_None
            bot: Dates_Next
            buttons: Dates_Again, Dates_Done
            user: @Dates_Again
            bot: Dates_Ask
            user: @Glossary_Kind_Plenum
            bot~: Beispieltermin: Plenum
            bot: Dates_Next
            buttons: Dates_Register, Dates_Again, Dates_Done
            user: @Dates_Done
            bot: Menu_WhatNext
            """);
    }

    private static string Line(FlowHarness harness, Domain.Events.EventRecord e, int free) =>
        harness.Text("de", "Dates_Line", EventFormat.Date(e.Start, "de"), EventFormat.Time(e, "de"), e.Title,
            EventFormat.Place(e, harness.Texts), harness.Text("de", "Dates_Free", free));
}
