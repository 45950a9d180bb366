using IntegrationBot.Recognizers.DateTime;

namespace IntegrationBot.Recognizers.Tests.DateTime;

/// <summary>Upstream-shaped results for the phrases the bot meets most.</summary>
public sealed class DateTimeRecognizerTests
{
    private static readonly System.DateTime Reference = new(2016, 11, 7);

    private static (ModelResult Result, IReadOnlyList<DateTimeValue> Values) Single(string text, string culture)
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, culture, Reference));
        return (result, ((DateTimeResolution)result.Resolution).Values);
    }

    [Fact]
    public void An_open_year_gives_the_past_and_the_future_reading()
    {
        var (result, values) = Single("Ich komme am 2. Oktober zurück.", "de");
        Assert.Equal(("2. oktober", 13, 22, "datetimeV2.date"), (result.Text, result.Start, result.End, result.TypeName));
        Assert.Equal(["2016-10-02", "2017-10-02"], values.Select(v => v.Value));
        Assert.All(values, v => Assert.Equal("XXXX-10-02", v.Timex));
    }

    [Fact]
    public void Italian_day_and_time_join_into_one_date_time()
    {
        var (result, values) = Single("Tornerò il 14 Ottobre per le 8:00:31am", "it");
        Assert.Equal(("il 14 ottobre per le 8:00:31am", "datetimeV2.datetime"), (result.Text, result.TypeName));
        Assert.Equal(["2016-10-14 08:00:31", "2017-10-14 08:00:31"], values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("at 5", "en", "T05", "T17")]
    [InlineData("halb fünf", "de", "T04:30", "T16:30")]
    [InlineData("sono le sette e mezza", "it", "T07:30", "T19:30")]
    [InlineData("o alarme está definido para as seis e meia", "pt", "T06:30", "T18:30")]
    public void An_open_hour_gives_morning_and_afternoon(string text, string culture, string am, string pm) =>
        Assert.Equal([am, pm], Single(text, culture).Values.Select(v => v.Timex));

    [Theory]
    [InlineData("2 Stunden", "de", "PT2H", "7200")]
    [InlineData("for 3 days", "en", "P3D", "259200")]
    [InlineData("eine Viertelstunde", "de", "PT0.25H", "900")]
    [InlineData("per ventiquattro ore", "it", "PT24H", "86400")]
    [InlineData("a ligação durará 30 minutos", "pt", "PT30M", "1800")]
    [InlineData("3 dakika için ayrılacağım", "tr", "PT3M", "180")]
    public void Durations_are_in_seconds(string text, string culture, string timex, string seconds)
    {
        var (result, values) = Single(text, culture);
        Assert.Equal("datetimeV2.duration", result.TypeName);
        Assert.Equal((timex, seconds), (values[0].Timex, values[0].Value));
    }

    [Theory]
    [InlineData("jeden Montag", "de", "XXXX-WXX-1")]
    [InlineData("every week", "en", "P1W")]
    [InlineData("jeden Mittwoch um 16 Uhr", "de", "XXXX-WXX-3T16")]
    public void Sets_are_not_resolved(string text, string culture, string timex)
    {
        var (result, values) = Single(text, culture);
        Assert.Equal("datetimeV2.set", result.TypeName);
        Assert.Equal((timex, "not resolved"), (values[0].Timex, values[0].Value));
    }

    [Fact]
    public void Time_ranges_carry_start_end_and_duration()
    {
        var (result, values) = Single("Ich bin von 17 bis 18 Uhr weg", "de");
        Assert.Equal("von 17 bis 18 uhr", result.Text);
        Assert.Equal(new DateTimeValue("(T17,T18,PT1H)", "timerange", Start: "17:00:00", End: "18:00:00"), Assert.Single(values));
    }

    [Fact]
    public void Modifiers_keep_only_the_open_bound()
    {
        var (result, values) = Single("lass uns vor dem Wochenende treffen", "de");
        Assert.Equal("vor dem wochenende", result.Text);
        Assert.Equal(new DateTimeValue("2016-W45-WE", "daterange", End: "2016-11-12", Mod: "before"), Assert.Single(values));
    }

    [Theory]
    [InlineData("This may take longer than expected.", "en")]
    [InlineData("guten Morgen", "de")]
    [InlineData("Ich habe 3 Kinder", "de")]
    public void Ordinary_sentences_yield_nothing(string text, string culture) =>
        Assert.Empty(DateTimeRecognizer.Recognize(text, culture, Reference));

    [Fact]
    public void Recognition_is_safe_to_run_in_parallel()
    {
        static string Describe(IReadOnlyList<ModelResult> results) => string.Join(" | ", results.Select(r =>
            $"{r.Text} {r.TypeName} {string.Join(",", ((DateTimeResolution)r.Resolution).Values)}"));
        var expected = Describe(DateTimeRecognizer.Recognize("nächsten Dienstag um 17 Uhr", "de", Reference));
        Parallel.For(0, 64, _ => Assert.Equal(expected, Describe(DateTimeRecognizer.Recognize("nächsten Dienstag um 17 Uhr", "de", Reference))));
    }
}
