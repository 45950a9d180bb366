using System.Text.RegularExpressions;

namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>
/// Regex construction and group access. Patterns are composed from word tables at start-up, so they cannot be
/// source-generated; they are built once per language (compiled to IL, which makes matching several times faster
/// than the interpreter) and are immutable (thread-safe) afterwards.
/// </summary>
internal static class Rx
{
    // A guard against runaway backtracking only. It is generous because a compiled pattern is JIT-compiled during
    // its first match, and on a loaded machine that alone can take longer than a second.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static Regex Of(string pattern) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, Timeout);

    public static string G(this Match match, string group) => match.Groups[group].Value;

    public static bool Has(this Match match, string group) => match.Groups[group].Success;

    public static AtomRule Atom(string pattern, Builder build) => new(Of(pattern), build);
}
