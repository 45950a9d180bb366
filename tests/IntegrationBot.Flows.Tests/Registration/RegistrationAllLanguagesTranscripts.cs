using IntegrationBot.Domain.Registrations;
using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Testing.Conversations;
using static IntegrationBot.Flows.Tests.Registration.RegistrationWorld;

namespace IntegrationBot.Flows.Tests.Registration;

/// <summary>The registration flow in every shipped language: bad input at each prompt, the waitlist, cancelling, notices.</summary>
public sealed class RegistrationAllLanguagesTranscripts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Locales => ["de-DE", "en-US", "ar-SA", "tr-TR", "uk-UA", "ru-RU", "fa-IR", "nl-NL"];

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Register_with_bad_input_at_each_prompt_then_cancel_in_my_registrations(string locale)
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop();
        await harness.Events.UpsertAsync(workshop, Ct);
        var language = locale[..2];
        var childcare = harness.Text(language, "Registration_Need_Childcare");
        var tooLong = new string('a', 101);
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: @Menu_Register
            bot: Registration_AskEvent
            user: xyzzy
            bot: Engine_Retry_Choice + Registration_AskEvent
            user: 1
            bot: Registration_AskPersons
            user: 11
            bot: Engine_Retry_Range(1, 10) + Registration_AskPersons
            user: xyzzy
            bot: Registration_Retry_Persons + Registration_AskPersons
            user: 2
            bot: Registration_AskName
            user: {tooLong}
            bot: Engine_TooLong(100) + Registration_AskName
            user: Anna
            bot: Registration_AskEmail
            user: anna at example
            bot: Engine_Retry_Email + Registration_AskEmail
            user: anna@example.org
            bot: Registration_AskNeeds
            user: xyzzy
            bot: Engine_Retry_Choice + Registration_AskNeeds
            user: @Registration_Need_Childcare
            bot: Registration_AskConsent({PrivacyUrl})
            user: xyzzy
            bot: Engine_Retry_Confirm + Registration_AskConsent({PrivacyUrl})
            user: @Engine_Yes
            bot: Registration_Summary({Summary(workshop, language, 2, "Anna", "anna@example.org", childcare)})
            user: xyzzy
            bot: Engine_Retry_Confirm + Registration_Summary({Summary(workshop, language, 2, "Anna", "anna@example.org", childcare)})
            user: @Engine_Yes
            bot: Registration_Confirmed(ABCDEF, http://localhost:3978/events/ws-bildung.ics?code=ABCDEF)
            bot: Menu_WhatNext
            user: @Menu_Register
            bot: Registration_AskEvent
            user: @Registration_MyRegistrations
            bot~: ABCDEF
            bot: Registration_My_Ask
            user: ABCDEF
            bot: Registration_My_Cancelled(ABCDEF)
            bot: Menu_WhatNext
            """);
        Assert.Equal(RegistrationStatus.Cancelled, (await OnlyRegistrationAsync(harness)).Status);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_full_event_offers_the_waitlist_and_a_later_promotion_is_told_at_the_next_visit(string locale)
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop(capacity: 1);
        await harness.Events.UpsertAsync(workshop, Ct);
        await harness.Events.RegisterAsync(Booking(workshop.Id, "other", persons: 1), Ct); // ABCDEF
        var language = locale[..2];
        var none = harness.Text(language, "Registration_Need_None");
        var conversation = harness.Conversation(locale);
        await Transcript.PlayAsync(conversation, $"""
            user: @Menu_Register
            bot: Registration_AskEvent
            user: 1
            bot: Registration_AskPersons
            user: 1
            bot: Registration_AskName
            user: Omid
            bot: Registration_AskEmail
            user: omid@example.org
            bot: Registration_AskNeeds
            user: @Registration_Need_None
            bot: Registration_AskConsent({PrivacyUrl})
            user: @Engine_Yes
            bot: Registration_Summary({Summary(workshop, language, 1, "Omid", "omid@example.org", none)})
            user: @Engine_Yes
            bot: Registration_Full_OfferWaitlist
            user: xyzzy
            bot: Engine_Retry_Confirm + Registration_Full_OfferWaitlist
            user: @Engine_Yes
            bot: Registration_Waitlisted(GHJKLM, http://localhost:3978/events/ws-bildung.ics?code=GHJKLM)
            bot: Menu_WhatNext
            """);

        await harness.Events.CancelAsync("ABCDEF", new ChannelUser("test", "other"), Ct);

        await Transcript.PlayAsync(conversation, $"""
            user: @Menu_Dates
            bot: Registration_Notice_Promoted({workshop.Title}, GHJKLM)
            bot: Dates_Ask
            """);
        Assert.Equal(RegistrationStatus.Confirmed, (await OnlyRegistrationAsync(harness)).Status);
    }
}
