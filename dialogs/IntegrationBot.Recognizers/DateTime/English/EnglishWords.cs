using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>English vocabulary for dates and times.</summary>
internal static class EnglishWords
{
    public static readonly Words<int> Months = WordTable.Ints(
        "january,jan=1; february,feb=2; march,mar=3; april,apr=4; may=5; june,jun=6; july,jul=7; august,aug=8; " +
        "september,sept,sep=9; october,oct=10; november,nov=11; december,dec=12");

    public static readonly Words<int> Weekdays = WordTable.Ints(
        "monday,mon=1; tuesday,tues,tue=2; wednesday,wed=3; thursday,thurs,thur,thu=4; friday,fri=5; saturday,sat=6; sunday,sun=7");

    public static readonly Words<int> Relative = WordTable.Ints(
        "next,following,coming=1; last,previous,past,prior=-1; this,current,the=0");

    public static readonly Words<PartOfDay> Parts = WordTable.Of(
        ("morning,mornings", PartOfDay.Morning),
        ("afternoon,afternoons", PartOfDay.Afternoon),
        ("evening,evenings", PartOfDay.Evening),
        ("night,nights,tonight,tonite", PartOfDay.Night),
        ("daytime", PartOfDay.Daytime),
        ("night-time,nighttime", PartOfDay.NightTime),
        ("breakfast", PartOfDay.Breakfast),
        ("lunch,lunchtime", PartOfDay.Lunch),
        ("dinner,dinnertime,supper", PartOfDay.Dinner));

    public static readonly Words<DurationUnit> Units = WordTable.Of(
        ("seconds,second,secs,sec,s", DurationUnit.Second),
        ("minutes,minute,mins,min", DurationUnit.Minute),
        ("hours,hour,hrs,hr,h", DurationUnit.Hour),
        ("days,day,d,nights,night", DurationUnit.Day),
        ("weeks,week,wks,wk", DurationUnit.Week),
        ("weekends,weekend", DurationUnit.Weekend),
        ("months,month", DurationUnit.Month),
        ("years,year,yrs,yr", DurationUnit.Year));

    public static string Month => $@"(?:{Months.Pattern})";

    /// <summary>Month names that cannot be mistaken for other words ("may" and "mar" need a number next to them).</summary>
    public const string SafeMonth =
        "(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    public static string Weekday => $@"(?:{Weekdays.Pattern})";

    public static int? ParseMonth(string text) =>
        Digits.Int(text) ?? (Months.TryGet(text.TrimEnd('.'), out var m) ? m : null);
}
