using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>The English grammar: atoms, how neighbours join, and the modifier words around them.</summary>
internal static class EnglishGrammar
{
    public static Grammar Create() => new(
        [.. EnglishRangeRules.All().Take(1), .. EnglishDateRules.All(), .. EnglishRangeRules.All().Skip(1), .. EnglishTimeRules.All(), .. EnglishOtherRules.All()],
        [
            new MergeRule(Rx.Of(@"^\s*(?:at|in\s+the|,)?\s*$"), Merges.TimeAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|on|in\s+the)?\s*$"), Merges.DateAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|on|of|at)?\s*$"), Merges.DateAndTimeRange),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:at|on|of|for|@|around|about|by|in\s+the)?\s*,?\s*$"), Merges.DateAndTime, Rx.Of(@"\bat\s+$")),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:at|around)?\s*$"), Merges.SetAndTime),
            new MergeRule(Rx.Of(@"^\s*(?:,|and)?\s*$"), Merges.Durations),
            new MergeRule(Rx.Of(@"^\s*(?:-|–|~|to|through|thru|till|until)\s*(?:the\s+)?$"), Merges.DateRange, Rx.Of(@"\b(?:from|between)\s+(?:the\s+)?$")),
            new MergeRule(Rx.Of(@"^\s*and\s*$"), Merges.DateRange, Rx.Of(@"\bbetween\s+(?:the\s+)?$"), PrefixRequired: true),
            new MergeRule(Rx.Of(@"^\s*(?:-|–|to|till|until|through)\s*$"), Merges.TimeOrDateTimeRange, Rx.Of(@"\b(?:from|between)\s+$")),
            new MergeRule(Rx.Of(@"^\s*and\s*$"), Merges.TimeOrDateTimeRange, Rx.Of(@"\bbetween\s+$"), PrefixRequired: true),
        ],
        [
            new WrapRule(Rx.Of(@"\b(?:(?:the\s+)?(?<mod>beginning|start|middle|end)\s+of(?:\s+the)?|(?<mod>early|mid|late)(?:\s+in)?(?:\s+the)?|(?<mod>earlier|later)(?:\s+in)?)\s+-?$"), null, PartMod),
            new WrapRule(Rx.Of(@"\b(?:before|prior\s+to|no\s+later\s+than|not\s+later\s+than|by|earlier\s+than|ahead\s+of|till|until|up\s+to)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\b(?:as\s+late\s+as)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Until)),
            new WrapRule(Rx.Of(@"\b(?:after|later\s+than|following)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.After)),
            new WrapRule(Rx.Of(@"\b(?:since|starting(?:\s+(?:from|on))?|as\s+early\s+as|any\s*time\s+from|beginning(?:\s+(?:from|on))?|from\s+as\s+early\s+as)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(null, Rx.Of(@"^\s+(?:or|and)\s+(?:later|after)\b"), (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(Rx.Of(@"\b(?:around|about|approximately|circa|roughly)\s+$"), null, (e, m, r) => Mods.Approx(e)),
            new WrapRule(Rx.Of(@"\b(?:more|longer|greater)\s+than\s+$"), null, (e, m, r) => e is DurationEntity { Mod: null } d ? d with { Mod = "more" } : Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\b(?:less|shorter|fewer)\s+than\s+$"), null, (e, m, r) => e is DurationEntity { Mod: null } d ? d with { Mod = "less" } : null),
        ]);

    private static Entity? PartMod(Entity entity, System.Text.RegularExpressions.Match match, System.DateTime reference)
    {
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
        var start = reference.Date.AddDays(range.Unit == Granularity.Week ? 3 : 1);
        return start < span.End ? range with { Past = new DaySpan(start, span.End), Future = new DaySpan(start, span.End) } : null;
    }
}
