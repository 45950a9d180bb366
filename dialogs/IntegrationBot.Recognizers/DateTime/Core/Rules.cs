using System.Text.RegularExpressions;

namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Builds an entity from a pattern match, or null when the match makes no sense (e.g. 31 February).</summary>
internal delegate Entity? Builder(Match match, System.DateTime reference);

/// <summary>Joins two neighbouring entities, or null when they do not go together.</summary>
internal delegate Entity? Combiner(Entity left, Entity right, System.DateTime reference);

/// <summary>Re-reads an entity in the light of the words around it ("vor dem", "or later").</summary>
internal delegate Entity? Wrapper(Entity inner, Match context, System.DateTime reference);

/// <summary>
/// A pattern for one kind of expression, matched against the lower-cased input; skipped when its
/// <see cref="Trigger"/> (a necessary condition) does not occur in the input.
/// </summary>
internal sealed record AtomRule(Regex Pattern, Builder Build, Trigger? Trigger = null)
{
    public AtomRule When(Trigger trigger) => this with { Trigger = trigger };
}

/// <summary>
/// Joins neighbours whose gap matches <see cref="Gap"/> (anchored). <see cref="Prefix"/> (anchored at the end of the
/// text before the left entity) joins the span when present, and must be present when <see cref="PrefixRequired"/>.
/// </summary>
internal sealed record MergeRule(Regex Gap, Combiner Combine, Regex? Prefix = null, bool PrefixRequired = false);

/// <summary>Words just before (<see cref="Before"/>, anchored at the end) or after (<see cref="After"/>, anchored at the start) an entity.</summary>
internal sealed record WrapRule(Regex? Before, Regex? After, Wrapper Wrap);

/// <summary>All rules of one language.</summary>
internal sealed record Grammar(IReadOnlyList<AtomRule> Atoms, IReadOnlyList<MergeRule> Merges, IReadOnlyList<WrapRule> Wraps);
