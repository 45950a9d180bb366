using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Dutch;

/// <summary>The Dutch grammar: atoms, how neighbours join, and the modifier words around them.</summary>
internal static class DutchGrammar
{
    public static Grammar Create() => new(
        [.. DutchRangeRules.All().Take(1), .. DutchDateRules.All(), .. DutchRangeRules.All().Skip(1), .. DutchTimeRules.All(), .. DutchOtherRules.All()],
        [
            new MergeRule(Rx.Of(@"^\s*(?:,|en)?\s*$"), Merges.Durations),
            new MergeRule(Rx.Of(@"^\s*(?:vanaf|na)\s*$"), DurationMerges.Shift(1)),
            new MergeRule(Rx.Of(@"^\s*voor\s*$"), DurationMerges.Shift(-1)),
            new MergeRule(Rx.Of(@"^\s*(?:om|in\s+de|,)?\s*$"), Merges.TimeAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|op|in\s+de)?\s*$"), Merges.DateAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|op|om|van)?\s*$"), Merges.DateAndTimeRange),
            new MergeRule(Rx.Of(@"^\.?\s*(?:,\s*)?(?:om|op|rond|-|\(\w+\.?\)\s*-?)?\s*,?\s*$"), Merges.DateAndTime),
            new MergeRule(Rx.Of(@"^\s*,?\s*$"), DurationMerges.DateAndModifiedTime),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:om)?\s*$"), Merges.SetAndTime),
            new MergeRule(Rx.Of(@"^\s*(?:-|–|~|tot(?:\s+en\s+met)?)\s*$"), Merges.DateRange, Rx.Of(@"\b(?:van|vanaf|tussen)\s+$")),
            new MergeRule(Rx.Of(@"^\s*en\s*$"), Merges.DateRange, Rx.Of(@"\btussen\s+$"), PrefixRequired: true),
            new MergeRule(Rx.Of(@"^\s*(?:-|–|tot)\s*$"), Merges.TimeOrDateTimeRange, Rx.Of(@"\b(?:van|vanaf|tussen)\s+$")),
            new MergeRule(Rx.Of(@"^\s*en\s*$"), Merges.TimeOrDateTimeRange, Rx.Of(@"\btussen\s+$"), PrefixRequired: true),
        ],
        [
            new WrapRule(Rx.Of(@"\b(?:de\s+)?week\s+(?:van|beginnend(?:\s+op)?|startend(?:\s+op)?)\s+$"), null, (e, m, r) => WeekOf(e)),
            new WrapRule(Rx.Of(@"\b(?:het\s+)?(?<mod>begin|eind|einde|midden|half|halverwege)\s+(?:van\s+)?(?:de\s+)?$"), null, PartMod),
            new WrapRule(Rx.Of(@"\b(?<mod>eerder|later)\s+(?:in\s+)?(?:de\s+)?$"), null, PartMod),
            new WrapRule(Rx.Of(@"\b(?:voor|vóór|tegen|niet\s+later\s+dan|uiterlijk|(?:langer|meer)\s+dan)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\b(?:na|later\s+dan|hoger\s+dan|(?:het\s+)?jaar\s+hoger\s+dan)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.After)),
            new WrapRule(Rx.Of(@"\b(?:sinds|vanaf|al\s+zo\s+vroeg\s+als|(?:een\s+)?tijdstip\s+vanaf)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(null, Rx.Of(@"^\s+(?:en|of)\s+(?:later|daarna|hoger)\b"), (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(Rx.Of(@"\b(?:rond|omstreeks|ongeveer)\s+(?:het\s+)?$"), null, (e, m, r) => e is PartOfDayEntity ? Mods.Approx(e) : null),
            new WrapRule(null, Rx.Of(@"^\s+geleden\b"), (e, m, r) => e is DurationEntity { Mod: null } d ? Dates.Shift(d, -1, r) : null),
            new WrapRule(null, Rx.Of(@"^\s+(?:later|vanaf\s+nu)\b"), (e, m, r) => e is DurationEntity { Mod: null } d ? Dates.Shift(d, 1, r) : null),
        ]);

    private static DateRangeEntity? WeekOf(Entity entity) => entity is DateEntity { Future: { } future } d
        ? new DateRangeEntity(d.Timex, Week(d.Past ?? future), Week(future), Granularity.Week)
        : null;

    private static DaySpan Week(System.DateTime day) => new(CalendarMath.Monday(day), CalendarMath.Monday(day).AddDays(7));

    private static Entity? PartMod(Entity entity, System.Text.RegularExpressions.Match match, System.DateTime reference)
    {
        var word = match.G("mod");
        if (entity is DatePartEntity dp && dp.Part.Mod is null)
            return dp with { Part = word is "begin" or "eerder" ? dp.Part.Early() : dp.Part.Late() };
        if (entity is DateEntity { Future: { } day } date && date.Past == date.Future)
        {
            return word switch
            {
                "eind" or "einde" => DateTimeEntity.Exact(day.Add(new TimeSpan(23, 59, 59))),
                "later" => new RangeEntity(RangeKind.DateTime, [new SpanValue(date.Timex, day.AddHours(12), day.AddDays(1), "end")]),
                "halverwege" or "midden" => new RangeEntity(RangeKind.DateTime, [new SpanValue(date.Timex, day.AddHours(10), day.AddHours(14), "mid")]),
                _ => new RangeEntity(RangeKind.DateTime, [new SpanValue(date.Timex, day, day.AddHours(12), "start")]),
            };
        }
        if (word is "later" or "eerder" && entity is DateRangeEntity { Future: { } f, Mod: null } range)
        {
            if (range.Unit == Granularity.Year)
                return Mods.Part(range, word == "later" ? "end" : "start") is DateRangeEntity year ? year with { Mod = null } : null;
            var thursday = f.Start.AddDays(3);
            var span = word == "later"
                ? new DaySpan(thursday > reference.Date ? thursday : reference.Date, f.End)
                : new DaySpan(f.Start, thursday < reference.Date ? thursday : reference.Date);
            return range with { Past = span, Future = span };
        }
        return Mods.Part(entity, word switch { "begin" or "eerder" => "start", "midden" or "half" or "halverwege" => "mid", _ => "end" });
    }
}
