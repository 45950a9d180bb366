using IntegrationBot.Domain.Registrations;
using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationBot.Flows.Tests.Registration.RegistrationWorld;

namespace IntegrationBot.Flows.Tests.Registration;

/// <summary>Full events, the waitlist, cancelling, promotion notices and "my registrations".</summary>
public sealed class RegistrationWaitlistTranscripts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task English_happy_path_with_a_skipped_email_and_a_phone_number()
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop();
        await harness.Events.UpsertAsync(workshop, Ct);
        await Transcript.PlayAsync(harness.Conversation("en-US"), $"""
            user: register for a workshop
            bot: Registration_AskEvent
            user: the first one
            bot: Registration_AskPersons
            user: zero
            bot: Engine_Retry_Range(1, 10) + Registration_AskPersons
            user: three
            bot: Registration_AskName
            user: Sam Example
            bot: Registration_AskEmail
            user: @Engine_Skip
            bot: Registration_AskPhone
            user: call me maybe
            bot: Engine_Retry_Phone + Registration_AskPhone
            user: 0251 4927077
            bot: Registration_AskNeeds
            user: nothing
            bot: Registration_AskConsent({PrivacyUrl})
            user: yes
            bot: Registration_Summary({Summary(workshop, "en", 3, "Sam Example", "0251 4927077", "Nothing")})
            user: yes
            bot: Registration_Confirmed(ABCDEF, http://localhost:3978/events/ws-bildung.ics?code=ABCDEF)
            bot: Menu_WhatNext
            """);
        var registration = await OnlyRegistrationAsync(harness);
        Assert.Equal((3, "0251 4927077", "en"), (registration.Persons, registration.Phone, registration.Language));
    }

    [Fact]
    public async Task Registration_is_waitlisted_when_workshop_is_full()
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop(capacity: 2);
        await harness.Events.UpsertAsync(workshop, Ct);
        await harness.Events.RegisterAsync(Booking(workshop.Id, "other", persons: 2), Ct);
        await Transcript.PlayAsync(harness.Conversation("de-DE"), $"""
            user: anmelden
            bot: Registration_AskEvent
            user: 1
            bot: Registration_AskPersons
            user: 1
            bot: Registration_AskName
            user: Ali
            bot: Registration_AskEmail
            user: ali@example.org
            bot: Registration_AskNeeds
            user: Kinderbetreuung
            bot: Registration_AskConsent({PrivacyUrl})
            user: ja
            bot: Registration_Summary({Summary(workshop, "de", 1, "Ali", "ali@example.org", "Kinderbetreuung")})
            user: ja
            bot: Registration_Full_OfferWaitlist
            user: ja
            bot: Registration_Waitlisted(GHJKLM, http://localhost:3978/events/ws-bildung.ics?code=GHJKLM)
            bot: Menu_WhatNext
            """);
        var registration = await OnlyRegistrationAsync(harness);
        Assert.Equal(RegistrationStatus.Waitlisted, registration.Status);
        Assert.True(registration.Needs.Childcare);
    }

    [Fact]
    public async Task Declining_the_waitlist_or_the_consent_stores_nothing()
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop(capacity: 1);
        await harness.Events.UpsertAsync(workshop, Ct);
        await harness.Events.RegisterAsync(Booking(workshop.Id, "other", persons: 1), Ct);
        var conversation = harness.Conversation("de-DE");
        await Transcript.PlayAsync(conversation, $"""
            user: anmelden
            bot: Registration_AskEvent
            user: 1
            bot: Registration_AskPersons
            user: 1
            bot: Registration_AskName
            user: Ali
            bot: Registration_AskEmail
            user: @Engine_Skip
            bot: Registration_AskPhone
            user: @Engine_Skip
            bot: Registration_AskNeeds
            user: 1
            bot: Registration_AskConsent({PrivacyUrl})
            user: nein
            bot: Registration_ConsentDeclined
            bot: Menu_WhatNext
            user: anmelden
            bot: Registration_AskEvent
            user: 1
            bot: Registration_AskPersons
            user: 1
            bot: Registration_AskName
            user: Ali
            bot: Registration_AskEmail
            user: @Engine_Skip
            bot: Registration_AskPhone
            user: @Engine_Skip
            bot: Registration_AskNeeds
            user: 1
            bot: Registration_AskConsent({PrivacyUrl})
            user: ja
            bot: Registration_Summary({Summary(workshop, "de", 1, "Ali", harness.Text("de", "Registration_NoContact"), harness.Text("de", "Registration_Need_None"))})
            user: ja
            bot: Registration_Full_OfferWaitlist
            user: nein
            bot: Registration_NotSaved
            bot: Menu_WhatNext
            """);
        Assert.Empty(await harness.Events.ListAsync(new ChannelUser("test", "user-1"), Ct));
    }

    [Fact]
    public async Task Cancelling_in_my_registrations_promotes_the_waitlist_and_the_promoted_person_hears_it_next_visit()
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop(capacity: 2);
        await harness.Events.UpsertAsync(workshop, Ct);
        await harness.Events.RegisterAsync(Booking(workshop.Id, "user-1", persons: 2), Ct); // ABCDEF, confirmed
        var waiting = await harness.Events.RegisterAsync(Booking(workshop.Id, "other", persons: 2), Ct); // GHJKLM, waitlisted
        Assert.Equal(RegistrationOutcome.Waitlisted, waiting.Outcome);

        await Transcript.PlayAsync(harness.Conversation("de-DE"), """
            user: anmelden
            bot: Registration_AskEvent
            user: Meine Anmeldungen
            bot~: ABCDEF
            bot: Registration_My_Ask
            user: GHJKLM
            bot: Engine_Retry_Choice + Registration_My_Ask
            user: abcdef
            bot: Registration_My_Cancelled(ABCDEF)
            bot: Menu_WhatNext
            """);

        var promoted = Assert.Single(await harness.Events.ListAsync(new ChannelUser("test", "other"), Ct));
        Assert.Equal((RegistrationStatus.Confirmed, RegistrationNotice.PromotedFromWaitlist), (promoted.Status, promoted.Notice));
    }

    [Fact]
    public async Task A_promotion_from_the_waitlist_is_told_at_the_next_visit_once()
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop(capacity: 2);
        await harness.Events.UpsertAsync(workshop, Ct);
        await harness.Events.RegisterAsync(Booking(workshop.Id, "other", persons: 2), Ct); // ABCDEF
        await harness.Events.RegisterAsync(Booking(workshop.Id, "user-1", persons: 1), Ct); // GHJKLM, waitlisted
        await harness.Events.CancelAsync("ABCDEF", new ChannelUser("test", "other"), Ct);

        await Transcript.PlayAsync(harness.Conversation("en-US"), $"""
            user: dates
            bot: Registration_Notice_Promoted({workshop.Title}, GHJKLM)
            bot: Dates_Ask
            user: menu
            bot: Menu_WhatNext
            user: dates
            bot: Dates_Ask
            """);
    }

    [Fact]
    public async Task A_promotion_is_told_before_the_welcome_when_the_user_comes_back()
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop(capacity: 1);
        await harness.Events.UpsertAsync(workshop, Ct);
        await harness.Events.RegisterAsync(Booking(workshop.Id, "other", persons: 1), Ct); // ABCDEF
        await harness.Events.RegisterAsync(Booking(workshop.Id, "user-1", persons: 1), Ct); // GHJKLM, waitlisted
        await harness.Events.CancelAsync("ABCDEF", new ChannelUser("test", "other"), Ct);

        await Transcript.PlayAsync(harness.Conversation("de-DE"), $"""
            user: Hallo
            bot: Registration_Notice_Promoted({workshop.Title}, GHJKLM)
            bot: Welcome
            """);
    }

    [Fact]
    public async Task My_registrations_without_any_says_so()
    {
        await using var harness = new FlowHarness();
        await harness.Events.UpsertAsync(Workshop(), Ct);
        await Transcript.PlayAsync(harness.Conversation("en-US"), """
            user: register
            bot: Registration_AskEvent
            user: my registrations
            bot: Registration_My_None
            bot: Menu_WhatNext
            """);
    }

    [Fact]
    public async Task With_more_than_five_dates_the_month_comes_first()
    {
        await using var harness = new FlowHarness();
        foreach (var days in new[] { 0, 7, 35, 42, 70, 98, 126 })
            await harness.Events.UpsertAsync(Workshop("w" + days, daysAfterDecember3: days), Ct);
        var december = Workshop("w7", daysAfterDecember3: 7);
        await Transcript.PlayAsync(harness.Conversation("de-DE"), $"""
            user: anmelden
            bot: Registration_AskMonth(7)
            user: Dezember 2026
            bot: Registration_AskEvent
            user: den zweiten
            bot: Registration_AskPersons
            user: menü
            bot: Menu_WhatNext
            """);
        Assert.Equal(december.Start, (await harness.Events.FindAsync("w7", Ct))!.Event.Start);
    }

    [Fact]
    public async Task With_more_than_five_dates_a_handlungsfeld_can_narrow_the_list()
    {
        await using var harness = new FlowHarness();
        foreach (var days in new[] { 0, 7, 35, 42, 70, 98 })
            await harness.Events.UpsertAsync(Workshop("w" + days, daysAfterDecember3: days), Ct);
        var housing = Workshop("housing", daysAfterDecember3: 14) with { Fields = [Domain.Events.Handlungsfelder.Wohnen] };
        await harness.Events.UpsertAsync(housing, Ct);
        var conversation = harness.Conversation("en-US");
        await Transcript.PlayAsync(conversation, """
            user: register
            bot: Registration_AskMonth(7)
            """);

        var reply = Assert.Single(await conversation.SayAsync("Housing and neighbourhood development"));

        Assert.Equal(harness.Text("en", "Registration_AskEvent"), reply.Text);
        Assert.Equal(
            [EventChoice(harness, housing), harness.Text("en", "Registration_MyRegistrations")],
            Transcript.Buttons(reply));
    }

    private static string EventChoice(FlowHarness harness, Domain.Events.EventRecord e) =>
        harness.Text("en", "Registration_EventChoice", Flows.Events.EventFormat.Date(e.Start, "en"), Flows.Events.EventFormat.Time(e, "en"), e.Title, e.Venue.Name!);

    [Fact]
    public async Task Show_my_data_lists_registrations_and_delete_my_data_erases_them()
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop(capacity: 2);
        await harness.Events.UpsertAsync(workshop, Ct);
        await harness.Events.RegisterAsync(Booking(workshop.Id, "user-1", persons: 2), Ct);
        await harness.Events.RegisterAsync(Booking(workshop.Id, "other", persons: 1), Ct);

        var replies = await harness.Conversation("de-DE").SayAsync("Meine Daten");

        Assert.Contains(replies, r => r.Text?.Contains("ABCDEF", StringComparison.Ordinal) == true);
        await Erase(harness);
        Assert.Empty(await harness.Events.ListAsync(new ChannelUser("test", "user-1"), Ct));
        Assert.Equal(RegistrationStatus.Confirmed, Assert.Single(await harness.Events.ListAsync(new ChannelUser("test", "other"), Ct)).Status);
    }

    private static async Task Erase(FlowHarness harness)
    {
        var personalData = harness.Services.GetServices<Engine.Running.IPersonalData>().OfType<Flows.Registration.RegistrationPersonalData>().Single();
        await personalData.EraseAsync(new Engine.Running.UserKey("test", "user-1"), Ct);
    }
}
