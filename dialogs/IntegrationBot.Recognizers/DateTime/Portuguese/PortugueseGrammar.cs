using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Portuguese;

/// <summary>The Portuguese grammar (a first, small one: days, numeric dates, times, durations, sets, year ranges).</summary>
internal static class PortugueseGrammar
{
    public static Grammar Create() => new(
        [.. PortugueseRules.All()],
        [
            new MergeRule(Rx.Of(@"^\s*(?:,|e)?\s*$"), Merges.Durations),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:às|as|a)?\s*$"), Merges.DateAndTime),
            new MergeRule(Rx.Of(@"^\s*(?:-|~|a|até)\s*$"), Merges.DateRange, Rx.Of(@"\b(?:de|desde|entre)\s+$")),
        ],
        [
            new WrapRule(Rx.Of(@"\bantes\s+de\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\bdepois\s+de\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.After)),
        ]);
}
