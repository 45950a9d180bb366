using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Turkish;

/// <summary>The Turkish grammar (a first, small one: days, numeric dates, durations, sets).</summary>
internal static class TurkishGrammar
{
    public static Grammar Create() => new(
        [.. TurkishRules.All()],
        [
            new MergeRule(Rx.Of(@"^\s*(?:,|ve)?\s*$"), Merges.Durations),
            new MergeRule(Rx.Of(@"^\s*-\s*$"), Merges.DateRange),
        ],
        []);
}
