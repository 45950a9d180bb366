using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Italian;

/// <summary>The Italian grammar (a first, small one: days, times, durations, sets and simple ranges).</summary>
internal static class ItalianGrammar
{
    public static Grammar Create() => new(
        [.. ItalianRules.All()],
        [
            new MergeRule(Rx.Of(@"^\s*(?:,|e)?\s*$"), Merges.Durations),
            new MergeRule(Rx.Of(@"^\s*(?:alle|all'|a)?\s*$"), Merges.TimeAndPart),
            new MergeRule(Rx.Of(@"^\s*,?\s*$"), Merges.DateAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:alle|all'|per\s+le|verso\s+le)?\s*$"), Merges.DateAndTime, Rx.Of(@"\bil\s+$")),
            new MergeRule(Rx.Of(@"^\s*,?\s*$"), Merges.DateAndTimeRange),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:alle|all')?\s*$"), Merges.SetAndTime),
            new MergeRule(Rx.Of(@"^\s*(?:-|~|al|all'|ad|a|fino\s+al)\s*$"), Merges.DateRange, Rx.Of(@"\b(?:dal|dall'|da|il)\s+$")),
        ],
        [
            new WrapRule(Rx.Of(@"\b(?:prima\s+del(?:l')?|prima\s+di)\s*$"), null, (e, m, r) => Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\b(?:dopo\s+il|dopo\s+la|dopo)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.After)),
            new WrapRule(Rx.Of(@"\b(?:verso|circa)\s+le\s+$"), null, (e, m, r) => Mods.Approx(e)),
            new WrapRule(Rx.Of(@"\b(?:da|dal|dall'|dalla|a\s+partire\s+da)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(null, Rx.Of(@"^\s+fa\b"), (e, m, r) => e is DurationEntity { Mod: null } d ? Dates.Shift(d, -1, r) : null),
            new WrapRule(null, Rx.Of(@"^\s+dopo\b"), (e, m, r) => e is DurationEntity { Mod: null } d ? Dates.Shift(d, 1, r) : null),
        ]);
}
