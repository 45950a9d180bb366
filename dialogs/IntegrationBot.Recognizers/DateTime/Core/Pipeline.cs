namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>
/// Runs a grammar: find atoms, keep the longest non-overlapping ones, then join neighbours (date + time, "von X bis Y")
/// and read modifiers ("vor", "ab") until nothing changes.
/// </summary>
internal static class Pipeline
{
    private const int MaxRounds = 8;

    public static List<Candidate> Run(Grammar grammar, string lower, System.DateTime reference)
    {
        var found = new List<Candidate>();
        var triggered = new Dictionary<Trigger, bool>();
        foreach (var rule in grammar.Atoms)
        {
            if (rule.Trigger is { } trigger && !Occurs(trigger, lower, triggered))
                continue;
            foreach (System.Text.RegularExpressions.Match match in rule.Pattern.Matches(lower))
            {
                if (match.Length > 0 && rule.Build(match, reference) is { } entity)
                    found.Add(new Candidate(match.Index, match.Length, entity));
            }
        }
        var chosen = Longest(found);
        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = false;
            foreach (var rule in grammar.Merges)
                changed |= ApplyMerge(rule, chosen, lower, reference);
            foreach (var rule in grammar.Wraps)
                changed |= ApplyWrap(rule, chosen, lower, reference);
            if (!changed)
                break;
        }
        return chosen;
    }

    /// <summary>Rules share triggers (month names, unit words); each is searched for once per input.</summary>
    private static bool Occurs(Trigger trigger, string lower, Dictionary<Trigger, bool> triggered)
    {
        if (!triggered.TryGetValue(trigger, out var occurs))
            triggered[trigger] = occurs = trigger.Occurs(lower);
        return occurs;
    }

    /// <summary>Longest first; on equal length the earlier rule (lower index in <paramref name="found"/>) wins.</summary>
    private static List<Candidate> Longest(List<Candidate> found)
    {
        var order = new int[found.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) => found[b].Length != found[a].Length ? found[b].Length.CompareTo(found[a].Length) : a.CompareTo(b));
        var chosen = new List<Candidate>(order.Length);
        foreach (var index in order)
        {
            var candidate = found[index];
            if (!chosen.Exists(c => c.Overlaps(candidate)))
                chosen.Add(candidate);
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static bool ApplyMerge(MergeRule rule, List<Candidate> chosen, string lower, System.DateTime reference)
    {
        var changed = false;
        for (var i = 0; i + 1 < chosen.Count; i++)
        {
            var (left, right) = (chosen[i], chosen[i + 1]);
            if (!rule.Gap.IsMatch(lower.AsSpan(left.End, right.Start - left.End)))
                continue;
            var start = left.Start;
            if (rule.Prefix is not null)
            {
                var floor = i > 0 ? chosen[i - 1].End : 0;
                // Match(input, beginning, length) treats the range as the whole input (anchors, lookbehinds), as a
                // substring would, without allocating one; indexes stay absolute.
                var prefix = rule.Prefix.Match(lower, floor, left.Start - floor);
                if (prefix.Success)
                    start = prefix.Index;
                else if (rule.PrefixRequired)
                    continue;
            }
            if (rule.Combine(left.Entity, right.Entity, reference) is not { } merged)
                continue;
            chosen[i] = new Candidate(start, right.End - start, merged);
            chosen.RemoveAt(i + 1);
            changed = true;
            i--;
        }
        return changed;
    }

    private static bool ApplyWrap(WrapRule rule, List<Candidate> chosen, string lower, System.DateTime reference)
    {
        var changed = false;
        for (var i = 0; i < chosen.Count; i++)
        {
            var current = chosen[i];
            var floor = i > 0 ? chosen[i - 1].End : 0;
            var ceiling = i + 1 < chosen.Count ? chosen[i + 1].Start : lower.Length;
            System.Text.RegularExpressions.Match? context = null;
            int start = current.Start, end = current.End;
            if (rule.Before is not null)
            {
                var before = rule.Before.Match(lower, floor, current.Start - floor);
                if (!before.Success)
                    continue;
                context = before;
                start = before.Index;
            }
            if (rule.After is not null)
            {
                var after = rule.After.Match(lower, current.End, ceiling - current.End);
                if (!after.Success)
                    continue;
                context ??= after;
                end = current.End + after.Length;
            }
            if (context is null || rule.Wrap(current.Entity, context, reference) is not { } wrapped)
                continue;
            chosen[i] = new Candidate(start, end - start, wrapped);
            changed = true;
        }
        return changed;
    }
}
