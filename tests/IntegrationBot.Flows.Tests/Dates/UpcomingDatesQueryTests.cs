using System.Globalization;
using IntegrationBot.Domain.Seed;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Flows.Dates;
using IntegrationBot.Flows.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Flows.Tests.Dates;

/// <summary>
/// Questions about dates against the seed catalogue (the 2023-2025 agenda and the sample programme) on the fixed clock,
/// Sunday 22 November 2026: each phrasing with the events it must find, in that order.
/// </summary>
public sealed class UpcomingDatesQueryTests
{
    private const string S1 = "sample-2026-12-03-workshop-bildung";
    private const string S2 = "sample-2026-12-10-fachforum-arbeit";
    private const string S3 = "sample-2027-01-14-expertenrunde-oeffnung";
    private const string S4 = "sample-2027-02-04-workshop-wohnen";
    private const string S5 = "sample-2027-03-11-fachforum-gesundheit";
    private const string S6 = "sample-2027-04-15-fachaustausch-partizipation";
    private const string S7 = "sample-2027-05-06-workshop-kultur";
    private const string S8 = "sample-2027-05-20-fachforum-sport";
    private const string S9 = "sample-2027-06-17-plenum";
    private const string Forums2024 = "mlb-2024-05-14-fachforum-1 mlb-2024-06-14-fachforum-2 mlb-2024-08-22-fachforum-3";
    private const string Goals2024 = "mlb-2024-10-08-workshop-ziele";
    private const string All = $"{S1} {S2} {S3} {S4} {S5} {S6} {S7} {S8} {S9}";
    private const string Year2027 = $"{S3} {S4} {S5} {S6} {S7} {S8} {S9}";
    private const string None = "";

    public static TheoryData<string, string, string> Questions => new()
    {
        { "de", "Welche Termine gibt es im Mai?", $"{S7} {S8}" },
        { "de", "Fachforen im Herbst", None },
        { "de", "Fachforen im Frühjahr", $"{S5} {S8}" },
        { "de", "gibt es noch Plätze am Donnerstag?", None },
        { "de", "Was ist nächste Woche?", None },
        { "de", "Termine im Dezember", $"{S1} {S2}" },
        { "de", "Workshops im Januar", None },
        { "de", "Was gibt es im Frühjahr?", $"{S5} {S6} {S7} {S8}" },
        { "de", "Fachforen 2024", Forums2024 },
        { "de", "Expertenrunden", S3 },
        { "de", "Termine zu Bildung", S1 },
        { "de", "Was ist nächsten Monat?", $"{S1} {S2}" },
        { "de", "Termine im Sommer 2027", S9 },
        { "de", "Gibt es was zwischen dem 1. und 15. Dezember?", $"{S1} {S2}" },
        { "de", "am 3. Dezember", S1 },
        { "de", "Veranstaltungen im März", S5 },
        { "de", "Plenum", S9 },
        { "de", "Was war im Oktober 2024?", Goals2024 },
        { "de", "Wann ist die Abschlussveranstaltung?", None },
        { "de", "Termine 2027", Year2027 },
        { "de", "Fachforum Gesundheit", S5 },
        { "de", "Workshops zum Thema Wohnen", S4 },
        { "de", "Was läuft diese Woche?", None },
        { "de", "alle", All },
        { "de", "Workshops im Mai", S7 },
        { "de", "Fachaustausch im April", S6 },
        { "en", "what's on next week", None },
        { "en", "Which dates are there in May?", $"{S7} {S8}" },
        { "en", "specialist forums in autumn", None },
        { "en", "specialist forums in spring", $"{S5} {S8}" },
        { "en", "workshops in December", S1 },
        { "en", "any free places on Thursday?", None },
        { "en", "what's on in spring", $"{S5} {S6} {S7} {S8}" },
        { "en", "forums in 2024", Forums2024 },
        { "en", "events next month", $"{S1} {S2}" },
        { "en", "workshops about housing", S4 },
        { "en", "the plenary", S9 },
        { "en", "between December 1 and December 15", $"{S1} {S2}" },
        { "en", "expert rounds", S3 },
        { "en", "health", S5 },
        { "en", "what happened in October 2024", Goals2024 },
        { "en", "this week", None },
        { "en", "dates in 2027", Year2027 },
        { "en", "on December 3rd", S1 },
        { "en", "all dates", All },
        { "en", "culture in May", S7 },
        { "nl", "Welke data zijn er in mei?", $"{S7} {S8}" },
        { "nl", "workshops in december", S1 },
        { "nl", "vakforum in de herfst", None },
        { "nl", "volgende week", None },
        { "nl", "in maart", S5 },
        { "tr", "Mayıs'ta hangi etkinlikler var?", $"{S7} {S8}" },
        { "tr", "aralık ayında atölyeler", S1 },
        { "tr", "forumlar", $"{S2} {S5} {S8}" },
        { "tr", "sağlık", S5 },
        { "ru", "Какие мероприятия в мае?", $"{S7} {S8}" },
        { "ru", "воркшопы в декабре", S1 },
        { "ru", "форумы", $"{S2} {S5} {S8}" },
        { "uk", "Які заходи у травні?", $"{S7} {S8}" },
        { "uk", "воркшопи у грудні", S1 },
        { "ar", "ما المواعيد في مايو؟", $"{S7} {S8}" },
        { "ar", "ورش العمل في ديسمبر", S1 },
        { "ar", "المنتديات", $"{S2} {S5} {S8}" },
        { "fa", "در ماه مه چه برنامه‌هایی هست؟", $"{S7} {S8}" },
        { "fa", "کارگاه‌ها در دسامبر", S1 },
        { "fa", "انجمن‌های تخصصی", $"{S2} {S5} {S8}" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_question_finds_the_matching_events(string language, string question, string expected)
    {
        await using var harness = new FlowHarness();
        await EventSeed.SeedAsync(harness.Events, includeSamples: true, TestContext.Current.CancellationToken);
        var dialog = harness.Services.GetServices<Dialog>().OfType<UpcomingDatesDialog>().Single();
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var found = await dialog.FindAsync(question, language, harness.Texts, TestContext.Current.CancellationToken);

            Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), found.Select(f => f.Event.Id));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
