using IntegrationBot.Recognizers.DateTime;

namespace IntegrationBot.Recognizers.Tests.DateTime;

/// <summary>The typed span API the conversation engine uses for date prompts and "upcoming dates".</summary>
public sealed class DateTimeRangeTests
{
    // A Sunday in November: "im Mai" lies in the next year, "nächste Woche" starts tomorrow.
    private static readonly System.DateTime Reference = new(2026, 11, 22, 10, 30, 0);

    private static DateTimeSpan Single(string text, string culture, System.DateTime? reference = null)
    {
        var spans = DateTimeRecognizer.RecognizeRanges(text, culture, reference ?? Reference);
        return Assert.Single(spans);
    }

    private static void AssertDays(DateTimeSpan span, string first, string last)
    {
        Assert.False(span.HasTime);
        Assert.Equal(System.DateTime.Parse(first, System.Globalization.CultureInfo.InvariantCulture), span.Start);
        Assert.Equal(System.DateTime.Parse(last, System.Globalization.CultureInfo.InvariantCulture), span.End);
    }

    private static void AssertMoment(DateTimeSpan span, string start, string? end = null)
    {
        Assert.True(span.HasTime);
        Assert.Equal(System.DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), span.Start);
        Assert.Equal(System.DateTime.Parse(end ?? start, System.Globalization.CultureInfo.InvariantCulture), span.End);
    }

    [Theory]
    [InlineData("Gibt es im Mai einen Workshop?", "de")]
    [InlineData("Is there a workshop in May?", "en")]
    public void A_month_already_over_means_next_year(string text, string culture) =>
        AssertDays(Single(text, culture), "2027-05-01", "2027-05-31");

    [Fact]
    public void The_current_month_means_this_month() =>
        AssertDays(Single("im Mai", "de", new System.DateTime(2026, 5, 20)), "2026-05-01", "2026-05-31");

    [Theory]
    [InlineData("Was ist nächste Woche los?", "de")]
    [InlineData("anything next week?", "en")]
    public void Next_week_runs_Monday_to_Sunday(string text, string culture) =>
        AssertDays(Single(text, culture), "2026-11-23", "2026-11-29");

    [Theory]
    [InlineData("morgen", "de", "2026-11-23")]
    [InlineData("übermorgen", "de", "2026-11-24")]
    [InlineData("tomorrow", "en", "2026-11-23")]
    [InlineData("in zwei Wochen", "de", "2026-12-06")]
    [InlineData("in two weeks", "en", "2026-12-06")]
    [InlineData("am 14.05.2027", "de", "2027-05-14")]
    [InlineData("on May 14th", "en", "2027-05-14")]
    [InlineData("2. Oktober", "de", "2027-10-02")]
    public void A_day_is_that_day(string text, string culture, string day) =>
        AssertDays(Single(text, culture), day, day);

    [Theory]
    [InlineData("vom 3. bis 5. März", "de", "2027-03-03", "2027-03-05")]
    [InlineData("zwischen 14. und 20. Juni", "de", "2027-06-14", "2027-06-20")]
    [InlineData("between June 14 and 20", "en", "2027-06-14", "2027-06-20")]
    [InlineData("die nächsten 3 Tage", "de", "2026-11-23", "2026-11-25")]
    public void Explicit_ranges_include_their_last_day(string text, string culture, string first, string last) =>
        AssertDays(Single(text, culture), first, last);

    [Theory]
    [InlineData("am 14. Mai um 16 Uhr", "de", "2027-05-14 16:00")]
    [InlineData("nächsten Dienstag um 17 Uhr", "de", "2026-11-24 17:00")]
    [InlineData("next Tuesday at 5pm", "en", "2026-11-24 17:00")]
    public void A_day_with_a_time_is_that_moment(string text, string culture, string moment) =>
        AssertMoment(Single(text, culture), moment);

    [Theory]
    [InlineData("morgen um 5", "de", "2026-11-23 17:00")]
    [InlineData("tomorrow at 9", "en", "2026-11-23 09:00")]
    public void An_open_hour_is_read_in_the_daytime(string text, string culture, string moment) =>
        AssertMoment(Single(text, culture), moment);

    [Fact]
    public void This_weekend_is_Saturday_and_Sunday() =>
        AssertDays(Single("this weekend", "en", new System.DateTime(2026, 11, 18)), "2026-11-21", "2026-11-22");

    [Fact]
    public void Tonight_is_the_evening_of_today() =>
        AssertMoment(Single("heute Abend", "de"), "2026-11-22 16:00", "2026-11-22 20:00");

    [Theory]
    [InlineData("für 2 Stunden", "de")]
    [InlineData("jeden Montag", "de")]
    [InlineData("every week", "en")]
    [InlineData("Ich habe 3 Kinder", "de")]
    public void Durations_sets_and_plain_numbers_give_no_span(string text, string culture) =>
        Assert.Empty(DateTimeRecognizer.RecognizeRanges(text, culture, Reference));

    [Fact]
    public void Region_suffixes_select_the_language() =>
        AssertDays(Single("morgen", "de-DE"), "2026-11-23", "2026-11-23");

    [Fact]
    public void Unsupported_languages_recognize_nothing() =>
        Assert.Empty(DateTimeRecognizer.RecognizeRanges("tomorrow", "xx", Reference));
}
