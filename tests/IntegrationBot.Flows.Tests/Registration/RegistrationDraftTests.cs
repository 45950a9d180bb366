using System.Text.Json;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Flows.Dates;
using IntegrationBot.Flows.Registration;

namespace IntegrationBot.Flows.Tests.Registration;

/// <summary>The flows' drafts survive the JSON round trip the engine puts them through every turn.</summary>
public sealed class RegistrationDraftTests
{
    [Fact]
    public void A_filled_registration_draft_round_trips_unchanged()
    {
        var draft = new RegistrationDraft
        {
            Filter = "field:wohnen",
            EventId = "sample-2027-02-04-workshop-wohnen",
            Persons = 4,
            Name = "Familie Yılmaz",
            Email = "familie@example.org",
            Need = NeedChoices.Interpreter,
            NeedDetail = "Türkisch",
            ConsentAt = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero),
        };

        var copy = JsonSerializer.SerializeToElement(draft, DialogJson.Options).Deserialize<RegistrationDraft>(DialogJson.Options)!;

        Assert.Equivalent(draft, copy, strict: true);
    }

    [Fact]
    public void The_dates_and_my_registrations_drafts_round_trip_unchanged()
    {
        var dates = new DatesDraft { OpenEventId = "sample-2027-06-17-plenum" };
        var mine = new MyRegistrationsDraft { Cancelled = "ABCDEF" };

        Assert.Equivalent(dates, JsonSerializer.SerializeToElement(dates, DialogJson.Options).Deserialize<DatesDraft>(DialogJson.Options), strict: true);
        Assert.Equivalent(mine, JsonSerializer.SerializeToElement(mine, DialogJson.Options).Deserialize<MyRegistrationsDraft>(DialogJson.Options), strict: true);
    }
}
