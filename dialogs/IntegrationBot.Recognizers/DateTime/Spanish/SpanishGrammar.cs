using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Spanish;

/// <summary>The Spanish grammar.</summary>
internal static class SpanishGrammar
{
    public static Grammar Create() => new(
        [.. SpanishRules.All(), .. SpanishPeriodRules.All(), .. SpanishTimeRules.All()],
        [
            new MergeRule(Rx.Of(@"^\s*(?:,|y)?\s*$"), Merges.Durations),
            new MergeRule(Rx.Of(@"^\s*,?\s*$"), WeekdayAndDate),
            new MergeRule(Rx.Of(@"^\s*a\s+partir\s+de\s*$"), DurationMerges.Shift(1)),
            new MergeRule(Rx.Of(@"^\s*(?:a\s+las|a\s+la)?\s*$"), Merges.TimeAndPart),
            new MergeRule(Rx.Of(@"^\s*,?\s*$"), Merges.DateAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|el)?\s*$"), Merges.DateAndTimeRange),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:a\s+las|a\s+la|a)?\s*$"), Merges.DateAndTime),
            new MergeRule(Rx.Of(@"^\s*,?\s*$"), DurationMerges.DateAndModifiedTime),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:a\s+las|a)?\s*$"), Merges.SetAndTime),
            new MergeRule(Rx.Of(@"^\s*(?:a|al|hasta|-|~)\s*(?:el\s+)?$"), Merges.DateRange, Rx.Of(@"\b(?:de|del|desde)\s+(?:el\s+)?$")),
            new MergeRule(Rx.Of(@"^\s*y\s*(?:el\s+)?$"), Merges.DateRange, Rx.Of(@"\bentre\s+(?:el\s+)?$"), PrefixRequired: true),
        ],
        [
            new WrapRule(Rx.Of(@"\bla\s+semana\s+(?:de|del)\s+$"), null, WeekOf),
            new WrapRule(Rx.Of(@"\b(?<mod>mediados|principios|inicios|inicio|comienzos|finales|fin|final)\s+de(?:l)?\s+(?:la\s+)?$"), null, PartMod),
            new WrapRule(Rx.Of(@"\bmás\s+(?<mod>tarde|temprano)\s+(?:de\s+)?$"), null, Later),
            new WrapRule(Rx.Of(@"\bantes\s+de(?:l|\s+las|\s+la)?\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\b(?:después|despues)\s+de(?:l|\s+las|\s+la)?\s+$|\bposterior\s+(?:a|de)\s+$|\bmás\s+tarde\s+de(?:\s+las)?\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.After)),
            new WrapRule(Rx.Of(@"\b(?:desde|a\s+partir\s+de(?:l)?|tan\s+temprano\s+como(?:\s+a\s+las)?)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(null, Rx.Of(@"^\s+(?:y|o)\s+(?:después|despues|posteriormente|más\s+tarde|mas\s+tarde)\b"), (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(Rx.Of(@"\b(?:alrededor|cerca)\s+de(?:l|\s+las|\s+la)?\s+$"), null, (e, m, r) => Mods.Approx(e)),
        ]);

    /// <summary>"viernes 6-jul-2018": the weekday only confirms the date.</summary>
    private static DateEntity? WeekdayAndDate(Entity left, Entity right, System.DateTime reference) =>
        left is DateEntity { IsOpenWeekday: true } && right is DateEntity { IsOpenWeekday: false } date ? date : null;

    private static DateRangeEntity? WeekOf(Entity entity, System.Text.RegularExpressions.Match match, System.DateTime reference) =>
        entity is DateEntity { Future: { } future } d
            ? new DateRangeEntity(d.Timex, Week(d.Past ?? future), Week(future), Granularity.Week)
            : null;

    private static DaySpan Week(System.DateTime day) => new(CalendarMath.Monday(day), CalendarMath.Monday(day).AddDays(7));

    /// <summary>"más tarde esta semana" (Thursday or today on), "más temprano de este año" (until today), without a modifier.</summary>
    private static Entity? Later(Entity entity, System.Text.RegularExpressions.Match match, System.DateTime reference)
    {
        if (entity is not DateRangeEntity { Future: { } f, Mod: null } range)
            return null;
        var later = match.G("mod") == "tarde";
        if (range.Unit == Granularity.Year && !later)
            return range with { Past = new DaySpan(f.Start, reference.Date), Future = new DaySpan(f.Start, reference.Date) };
        if (range.Unit == Granularity.Year)
            return Mods.Part(range, "end") is DateRangeEntity year ? year with { Mod = null } : null;
        var thursday = f.Start.AddDays(3);
        var span = later ? new DaySpan(thursday > reference.Date ? thursday : reference.Date, f.End) : new DaySpan(f.Start, thursday);
        return range with { Past = span, Future = span };
    }

    private static Entity? PartMod(Entity entity, System.Text.RegularExpressions.Match match, System.DateTime reference) =>
        Mods.Part(entity, match.G("mod") switch { "mediados" => "mid", "principios" or "inicios" or "inicio" or "comienzos" => "start", _ => "end" });
}
