using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Testing.Conversations;
using static IntegrationBot.Flows.Tests.Registration.RegistrationWorld;

namespace IntegrationBot.Flows.Tests.Registration;

/// <summary>The registration flow in German and English, with bad input at every prompt.</summary>
public sealed class RegistrationTranscripts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task German_happy_path_with_bad_input_at_each_prompt_ends_with_a_booking_code()
    {
        await using var harness = new FlowHarness();
        var workshop = Workshop();
        await harness.Events.UpsertAsync(workshop, Ct);
        var conversation = harness.Conversation("de-DE");
        await Transcript.PlayAsync(conversation, $"""
            join
            bot: Welcome
            user: Für einen Workshop anmelden
            bot: Registration_AskEvent
            user: irgendwas anderes
            bot: Engine_Retry_Choice + Registration_AskEvent
            user: den ersten
            bot: Registration_AskPersons
            user: elf
            bot: Engine_Retry_Range(1, 10) + Registration_AskPersons
            user: ganz viele
            bot: Registration_Retry_Persons + Registration_AskPersons
            user: zwei
            bot: Registration_AskName
            user: Anna Beispiel
            bot: Registration_AskEmail
            user: anna at example
            bot: Engine_Retry_Email + Registration_AskEmail
            user: anna@example.org
            bot: Registration_AskNeeds
            user: vielleicht
            bot: Engine_Retry_Choice + Registration_AskNeeds
            user: Dolmetschen
            bot: Registration_AskInterpreterLanguage
            user: Arabisch
            bot: Registration_AskConsent({PrivacyUrl})
            user: hmm
            bot: Engine_Retry_Confirm + Registration_AskConsent({PrivacyUrl})
            user: ja
            bot: Registration_Summary({Summary(workshop, "de", 2, "Anna Beispiel", "anna@example.org", "Dolmetschen: Arabisch")})
            user: ja
            bot: Registration_Confirmed(ABCDEF, http://localhost:3978/events/ws-bildung.ics?code=ABCDEF)
            bot: Menu_WhatNext
            """);
        var registration = await OnlyRegistrationAsync(harness);
        Assert.Equal((2, "Anna Beispiel", "Arabisch"), (registration.Persons, registration.Name, registration.Needs.InterpreterLanguage));
        Assert.Equal(Domain.Registrations.RegistrationStatus.Confirmed, registration.Status);
        Assert.Contains("\"conversation\"", registration.ConversationReference, StringComparison.Ordinal);
    }
}
