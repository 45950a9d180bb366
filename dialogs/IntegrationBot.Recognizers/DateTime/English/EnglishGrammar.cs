using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>The English grammar: atoms, how neighbours join, and the modifier words around them.</summary>
internal static class EnglishGrammar
{
    public static Grammar Create() => new(
        [.. EnglishRangeRules.All().Take(1), .. EnglishDateRules.All(), .. EnglishRangeRules.All().Skip(1), .. EnglishTimeRules.All(), .. EnglishOtherRules.All()],
        [
            new MergeRule(Rx.Of(@"^\s*(?:,|and)?\s*$"), Merges.Durations),
            new MergeRule(Rx.Of(@"^\s*,\s*(?:starting(?:\s+(?:from|on))?|beginning|from)\s*$"), DurationMerges.Starting, Rx.Of(@"\bfor\s+$")),
            new MergeRule(Rx.Of(@"^\s+(?:starting(?:\s+(?:from|on))?|beginning)\s*$"), DurationMerges.Starting),
            new MergeRule(Rx.Of(@"^\s*(?:from|after|since)\s*$"), DurationMerges.Shift(1)),
            new MergeRule(Rx.Of(@"^\s*before\s*$"), DurationMerges.Shift(-1)),
            new MergeRule(Rx.Of(@"^\s*for\s*$"), DurationMerges.TimeFor, Rx.Of(@"\bfrom\s+$")),
            new MergeRule(Rx.Of(@"^\s*from\s*$"), DurationMerges.TimeFor, Rx.Of(@"\bfor\s+$")),
            new MergeRule(Rx.Of(@"^\s*(?:at|in\s+the|,)?\s*$"), Merges.TimeAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|on|in\s+the)?\s*$"), Merges.DateAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|on|of|at)?\s*$"), Merges.DateAndTimeRange),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:at|on|of|for|@|around|in\s+the)?\s*,?\s*$"), Merges.DateAndTime),
            new MergeRule(Rx.Of(@"^\s*,?\s*$"), DurationMerges.DateAndModifiedTime),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:at|around)?\s*$"), Merges.SetAndTime),
            new MergeRule(Rx.Of(@"^\s*(?:-|–|~|to|through|thru|till|until)\s*(?:the\s+)?$"), Merges.DateRange, Rx.Of(@"\b(?:from|between)\s+(?:the\s+)?$")),
            new MergeRule(Rx.Of(@"^\s*and\s*$"), Merges.DateRange, Rx.Of(@"\bbetween\s+(?:the\s+)?$"), PrefixRequired: true),
            new MergeRule(Rx.Of(@"^\s*(?:-|–|to|till|until|through)\s*$"), Merges.TimeOrDateTimeRange, Rx.Of(@"\b(?:from|between)\s+$")),
            new MergeRule(Rx.Of(@"^\s*and\s*$"), Merges.TimeOrDateTimeRange, Rx.Of(@"\bbetween\s+$"), PrefixRequired: true),
        ],
        [
            new WrapRule(Rx.Of(@"\b(?:the\s+)?week\s+(?:of|beginning|starting(?:\s+(?:on|from))?)\s+$"), null, (e, m, r) => WeekOf(e)),
            new WrapRule(Rx.Of(@"\b(?<rel>next|last|previous|this)\s+$"), null, Relative),
            new WrapRule(Rx.Of(@"\b(?:(?<mod>beginning|start|middle|end)\s+of(?:\s+the)?|(?<mod>early|mid|late)(?:\s+in)?(?:\s+the)?|(?<mod>earlier|later)(?:\s+in)?)(?:\s+|\s*-\s*)$"), null, PartMod),
            new WrapRule(Rx.Of(@"\b(?:before|prior\s+to|no\s+later\s+than|not\s+later\s+than|by|earlier\s+than|ahead\s+of|till|until|up\s+to)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\b(?:as\s+late\s+as)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Until)),
            new WrapRule(Rx.Of(@"\b(?:after|later\s+than|following)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.After)),
            new WrapRule(Rx.Of(@"\b(?:since|starting(?:\s+(?:from|on))?|as\s+early\s+as|any\s*time\s+from|beginning(?:\s+(?:from|on))?|from\s+as\s+early\s+as)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(null, Rx.Of(@"^\s+(?:or|and)\s+(?:later|after)\b"), (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(null, Rx.Of(@"^\s+(?:later(?!\s+(?:this|that|in|today|tonight|next))|from\s+now|hence)\b"), (e, m, r) => e is DurationEntity { Mod: null } d ? Dates.Shift(d, 1, r) : null),
            new WrapRule(null, Rx.Of(@"^\s+ago\b"), (e, m, r) => e is DurationEntity { Mod: null } d ? Dates.Shift(d, -1, r) : null),
            new WrapRule(Rx.Of(@"\bwithin\s+(?:the\s+next\s+)?$"), null, (e, m, r) => e is DurationEntity { Mod: null } d ? Dates.Within(d, r) : null),
            new WrapRule(Rx.Of(@"\b(?:around|approximately|circa|roughly)\s+$"), null, (e, m, r) => Mods.Approx(e)),
            new WrapRule(Rx.Of(@"\b(?:more|longer|greater)\s+than\s+$"), null, (e, m, r) => e is DurationEntity { Mod: null } d ? d with { Mod = "more" } : Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\b(?:less|shorter|fewer)\s+than\s+$"), null, (e, m, r) => e is DurationEntity { Mod: null } d ? d with { Mod = "less" } : null),
        ]);

    /// <summary>"the week of April 10th": the week holding that day, keeping the day's timex.</summary>
    private static DateRangeEntity? WeekOf(Entity entity) => entity is DateEntity { Future: { } future } d
        ? new DateRangeEntity(d.Timex, WeekSpan(d.Past ?? future), WeekSpan(future), Granularity.Week)
        : null;

    private static DaySpan WeekSpan(System.DateTime day) => new(CalendarMath.Monday(day), CalendarMath.Monday(day).AddDays(7));

    /// <summary>"next 6th of April": only the future reading.</summary>
    private static Entity? Relative(Entity entity, System.Text.RegularExpressions.Match match, System.DateTime reference) =>
        entity is DateEntity { Past: { } past, Future: { } future } d && past != future
            ? d with { Past = match.G("rel") == "next" ? future : past, Future = match.G("rel") == "next" ? future : past }
            : null;

    private static Entity? PartMod(Entity entity, System.Text.RegularExpressions.Match match, System.DateTime reference)
    {
        if (entity is DatePartEntity dp && dp.Part.Mod is null)
            return dp with { Part = match.G("mod") is "beginning" or "start" or "early" or "earlier" ? dp.Part.Early() : dp.Part.Late() };
        if (entity is DateEntity { Future: { } later } today && today.Past == today.Future && match.G("mod") is "later" or "earlier")
        {
            var (start, end) = match.G("mod") == "later" ? (later.AddHours(12), later.AddDays(1)) : (later, later.AddHours(12));
            return new RangeEntity(RangeKind.DateTime, [new SpanValue(today.Timex, start, end, match.G("mod") == "later" ? "end" : "start")]);
        }
        if (entity is DateEntity { Future: { } day } date && date.Past == date.Future && match.G("mod") == "end")
            return DateTimeEntity.Exact(day.Add(new TimeSpan(23, 59, 59)));
        var mod = match.G("mod") switch
        {
            "beginning" or "start" or "early" or "earlier" => "start",
            "middle" or "mid" => "mid",
            _ => "end",
        };
        if (match.G("mod") == "later" && entity is DateRangeEntity { Future: { } f } r && r.Mod is null)
            return LaterIn(r, f, reference);
        return Mods.Part(entity, mod);
    }

    /// <summary>"later this week", "later this year": from the reference on, without a modifier (upstream's reading).</summary>
    private static Entity? LaterIn(DateRangeEntity range, DaySpan span, System.DateTime reference)
    {
        if (range.Unit == Granularity.Year)
            return Mods.Part(range, "end") is DateRangeEntity year ? year with { Mod = null } : null;
        var start = range.Unit == Granularity.Week ? span.Start.AddDays(3) : reference.Date.AddDays(1);
        if (start < reference.Date)
            start = reference.Date;
        return start < span.End ? range with { Past = new DaySpan(start, span.End), Future = new DaySpan(start, span.End) } : null;
    }
}
