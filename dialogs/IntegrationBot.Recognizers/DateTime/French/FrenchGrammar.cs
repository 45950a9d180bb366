using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.French;

/// <summary>The French grammar.</summary>
internal static class FrenchGrammar
{
    public static Grammar Create() => new(
        [.. FrenchRules.All(), .. FrenchTimeRules.All()],
        [
            new MergeRule(Rx.Of(@"^\s*(?:,|et)?\s*$"), Merges.Durations),
            new MergeRule(Rx.Of(@"^\s*(?:à|a)?\s*$"), Merges.TimeAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,)?\s*$"), Merges.DateAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|le)?\s*$"), Merges.DateAndTimeRange),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:à|a|le|de)?\s*$"), Merges.DateAndTime),
            new MergeRule(Rx.Of(@"^\s*,?\s*$"), DurationMerges.DateAndModifiedTime),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:à|a)?\s*$"), Merges.SetAndTime),
            new MergeRule(Rx.Of(@"^\s*(?:à|a|au|-|jusqu['’]?(?:à|a|au))\s*$"), Merges.DateRange, Rx.Of(@"\b(?:de|du|depuis)\s+$")),
            new MergeRule(Rx.Of(@"^\s*et\s*$"), Merges.DateRange, Rx.Of(@"\bentre\s+$"), PrefixRequired: true),
        ],
        [
            new WrapRule(Rx.Of(@"\b(?:avant|jusqu['’]?(?:à|a|au))\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\b(?:après|apres)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.After)),
            new WrapRule(Rx.Of(@"\b(?:à\s+partir\s+d[eu']|a\s+partir\s+d[eu'])\s*$"), null, (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(Rx.Of(@"\bdepuis\s+$"), null, (e, m, r) => e is DurationEntity { Mod: null } d ? d with { Mod = "since" } : Mods.Apply(e, Mods.Since)),
            new WrapRule(Rx.Of(@"\b(?:vers|environ)\s+$"), null, (e, m, r) => Mods.Approx(e)),
        ]);
}
