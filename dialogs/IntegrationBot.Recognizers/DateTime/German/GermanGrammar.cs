using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.German;

/// <summary>The German grammar: atoms, how neighbours join, and the modifier words around them.</summary>
internal static class GermanGrammar
{
    public static Grammar Create() => new(
        [.. GermanDateRules.All(), .. GermanRangeRules.All(), .. GermanTimeRules.All(), .. GermanOtherRules.All()],
        [
            new MergeRule(Rx.Of(@"^\s*(?:,|und)?\s*$"), Merges.Durations),
            new MergeRule(Rx.Of(@"^\s*(?:um|am|in\s+der)?\s*$"), Merges.TimeAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|am)?\s*$"), Merges.DateAndPart),
            new MergeRule(Rx.Of(@"^\s*(?:,|am|um)?\s*$"), Merges.DateAndTimeRange),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:um|gegen|am)?\s*$"), Merges.DateAndTime),
            new MergeRule(Rx.Of(@"^\s*(?:,\s*)?(?:um|gegen)?\s*$"), Merges.SetAndTime),
            new MergeRule(Rx.Of(@"^\s*(?:bis(?:\s+(?:zum|zur|einschließlich))?|-|–)\s*$"), Merges.DateRange, Rx.Of(@"\b(?:vom|von)\s+$")),
            new MergeRule(Rx.Of(@"^\s*und\s*$"), Merges.DateRange, Rx.Of(@"\bzwischen(?:\s+(?:dem|der|den))?\s+$"), PrefixRequired: true),
            new MergeRule(Rx.Of(@"^\s*(?:bis|-|–)\s*$"), Merges.TimeOrDateTimeRange, Rx.Of(@"\b(?:vom|von)\s+$")),
            new MergeRule(Rx.Of(@"^\s*und\s*$"), Merges.TimeOrDateTimeRange, Rx.Of(@"\bzwischen\s+$"), PrefixRequired: true),
        ],
        [
            new WrapRule(Rx.Of(@"\b(?<mod>anfang|beginn|mitte|ende)\s+(?:(?:des|der|dem|den|im|von)\s+)?$"), null, PartMod),
            new WrapRule(null, Rx.Of(@"^\s+früh(?:er)?\b"), (e, m, r) => Mods.Part(e, "start")),
            new WrapRule(null, Rx.Of(@"^\s+spät(?:er)?\b"), (e, m, r) => Mods.Part(e, "end")),
            new WrapRule(Rx.Of(@"\b(?:vor(?:\s+(?:dem|der|den))?|bis(?:\s+(?:zum|zur))?|spätestens(?:\s+(?:am|um|bis))?)\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Before)),
            new WrapRule(Rx.Of(@"\bnach(?:\s+(?:dem|der|den))?\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.After)),
            new WrapRule(Rx.Of(@"\b(?:ab|seit|frühestens)(?:\s+(?:dem|der|den|am|um))?\s+$"), null, (e, m, r) => Mods.Apply(e, Mods.Since)),
            new WrapRule(Rx.Of(@"\b(?:gegen|ca\.|circa|etwa|ungefähr)\s+$"), null, (e, m, r) => Mods.Approx(e)),
            new WrapRule(null, Rx.Of(@"^\s+vor(?=\s*(?:[.!?,;]|$))"), (e, m, r) => e is DurationEntity { Mod: null } d ? Dates.Following(d, -1, r) : null),
            new WrapRule(null, Rx.Of(@"^\s+(?:später|danach)\b"), (e, m, r) => e is DurationEntity { Mod: null } d ? Dates.Shift(d, 1, r) : null),
        ]);

    private static Entity? PartMod(Entity entity, System.Text.RegularExpressions.Match match, System.DateTime reference) =>
        Mods.Part(entity, match.G("mod") switch { "anfang" or "beginn" => "start", "mitte" => "mid", _ => "end" });
}
