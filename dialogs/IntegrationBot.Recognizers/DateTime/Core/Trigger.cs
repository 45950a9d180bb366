using System.Buffers;

namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>
/// A cheap necessary condition for a rule: the text contains one of some literal strings (or a digit). Most rules
/// need a month name, a unit word or a digit to match at all; checking that with one vectorized search before
/// running the rule's regex skips most rules on most inputs. A trigger must never reject a text the regex matches,
/// so it lists only literals every match contains (stems are enough: "hour" covers "hours").
/// </summary>
internal sealed class Trigger
{
    private readonly SearchValues<string>? _words;
    private readonly bool _digit;

    private Trigger(SearchValues<string>? words, bool digit) => (_words, _digit) = (words, digit);

    public static Trigger Digit { get; } = new(null, true);

    public static Trigger AnyOf(params IEnumerable<string>[] words) =>
        new(SearchValues.Create([.. words.SelectMany(w => w).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal), false);

    public static Trigger DigitOr(params IEnumerable<string>[] words) => new(AnyOf(words)._words, true);

    public bool Occurs(string text) =>
        (_digit && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0) || (_words is not null && text.AsSpan().IndexOfAny(_words) >= 0);
}
