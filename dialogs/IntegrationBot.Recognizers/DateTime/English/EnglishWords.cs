using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>English vocabulary for dates and times.</summary>
internal static class EnglishWords
{
    private static readonly string[] HourWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

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

    public static readonly Words<Holiday> Holidays = WordTable.Of(
        ("new year,new year's,new years,new year day,new year's day,new years day,new year’s day", Holiday.On(1, 1)),
        ("new year's eve,new years eve,new year eve", Holiday.On(12, 31)),
        ("christmas,christmas day,xmas,x-mas", Holiday.On(12, 25)),
        ("christmas eve,xmas eve", Holiday.On(12, 24)),
        ("boxing day", Holiday.On(12, 26)),
        ("valentine's day,valentines day,valentine day,valentine", Holiday.On(2, 14)),
        ("groundhog day", Holiday.On(2, 2)),
        ("saint patrick,saint patrick's day,saint patricks day,st patrick's day,st. patrick's day,st patrick,st. patrick,st patricks day", Holiday.On(3, 17)),
        ("april fools,april fool's day,april fools day,april fools' day", Holiday.On(4, 1)),
        ("earth day", Holiday.On(4, 22)),
        ("international workers' day,international workers day,workers' day,workers day,may day", Holiday.On(5, 1)),
        ("cinco de mayo", Holiday.On(5, 5)),
        ("juneteenth", Holiday.On(6, 19)),
        ("independence day,us independence day", Holiday.On(7, 4)),
        ("halloween,halloween day", Holiday.On(10, 31)),
        ("all saints day,all saints' day", Holiday.On(11, 1)),
        ("veterans day,veterans' day,veteran's day", Holiday.On(11, 11)),
        ("easter,easter sunday,easter day", Holiday.Easter(0)),
        ("easter monday", Holiday.Easter(1)),
        ("good friday", Holiday.Easter(-2)),
        ("holy saturday,easter saturday", Holiday.Easter(-1)),
        ("maundy thursday,holy thursday", Holiday.Easter(-3)),
        ("palm sunday", Holiday.Easter(-7)),
        ("ash wednesday", Holiday.Easter(-46)),
        ("mardi gras,shrove tuesday", Holiday.Easter(-47)),
        ("ascension day,ascension", Holiday.Easter(39)),
        ("pentecost,whit sunday,whitsunday,pentecost sunday", Holiday.Easter(49)),
        ("whit monday,pentecost monday", Holiday.Easter(50)),
        ("corpus christi", Holiday.Easter(60)),
        ("martin luther king day,martin luther king jr day,mlk day", Holiday.Nth(1, 1, 3)),
        ("presidents day,president's day,presidents' day,washington's birthday", Holiday.Nth(2, 1, 3)),
        ("mother's day,mothers day,mother day", Holiday.Nth(5, 7, 2)),
        ("memorial day", Holiday.Nth(5, 1, -1)),
        ("father's day,fathers day,father day", Holiday.Nth(6, 7, 3)),
        ("labor day,labour day", Holiday.Nth(9, 1, 1)),
        ("columbus day", Holiday.Nth(10, 1, 2)),
        ("thanksgiving,thanksgiving day", Holiday.Nth(11, 4, 4)),
        ("black friday", Holiday.Rule(y => Core.Holidays.NthWeekday(y, 11, 4, 4).AddDays(1))),
        ("cyber monday", Holiday.Rule(y => Core.Holidays.NthWeekday(y, 11, 4, 4).AddDays(4))));

    // Triggers shared by several rules (see Trigger): literals every match of those rules contains.
    public static readonly Trigger UnitTrigger = Trigger.AnyOf(["sec", "min", "hour", "hr", "day", "night", "week", "month", "year", "yr", "fortnight"]);
    public static readonly Trigger RelativeTrigger = Trigger.AnyOf(["next", "last", "past", "previous", "coming", "upcoming", "following"]);
    public static readonly Trigger HourWordTrigger = Trigger.AnyOf(HourWords);
    public static readonly Trigger DigitOrHourWordTrigger = Trigger.DigitOr(HourWords);
    public static readonly Trigger TheTrigger = Trigger.AnyOf(["the"]);
    public static readonly Trigger MonthWordTrigger = Trigger.AnyOf(["month"]);
    public static readonly Trigger WeekendTrigger = Trigger.AnyOf(["weekend"]);

    public static string Month => $@"(?:{Months.Pattern})";

    /// <summary>Month names that cannot be mistaken for other words ("may" and "mar" need a number next to them).</summary>
    public const string SafeMonth =
        "(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    public static string Weekday => $@"(?:{Weekdays.Pattern})";

    public static int? ParseMonth(string text) =>
        Digits.Int(text) ?? (Months.TryGet(text.TrimEnd('.'), out var m) ? m : null);
}
