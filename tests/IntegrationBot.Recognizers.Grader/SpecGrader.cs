using IntegrationBot.Recognizers.Boolean;
using IntegrationBot.Recognizers.DateTime;
using IntegrationBot.Recognizers.Email;
using IntegrationBot.Recognizers.Number;
using IntegrationBot.Recognizers.Ordinal;
using IntegrationBot.Recognizers.Phone;

namespace IntegrationBot.Recognizers.Grader;

/// <summary>
/// Runs each spec case through the project's recognizer for its model and scores it with the README's rule:
/// the multiset of expected comparison keys must equal the multiset of actual ones.
/// </summary>
public sealed class SpecGrader(TimeProvider time)
{
    /// <summary>Models the project has a recognizer for; <c>datetime-experimental</c> needs a mode it lacks.</summary>
    public static IReadOnlySet<string> GradedModels { get; } =
        new HashSet<string>(["boolean", "number", "ordinal", "email", "phone", "datetime"], StringComparer.Ordinal);

    public GradeReport GradeDirectory(string directory) =>
        Grade(SpecReader.ReadDirectory(directory).Where(c => GradedModels.Contains(c.Model)));

    public GradeReport Grade(IEnumerable<SpecCase> cases) => new(cases.Select(GradeCase).ToList());

    public CaseOutcome GradeCase(SpecCase spec)
    {
        var expected = spec.Results
            .Select(r => ComparisonKeys.ForExpected(spec.Model, r, spec.IgnoreResolution))
            .Order(StringComparer.Ordinal)
            .ToList();
        IReadOnlyList<ModelResult> actualResults;
        try
        {
            actualResults = Recognize(spec);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A recognizer that throws fails this case; the grader goes on and reports which input did it.
            return new CaseOutcome(spec, false, expected, [], e.GetType().Name + ": " + e.Message);
        }
        var actual = actualResults
            .Select(r => ComparisonKeys.ForActual(r, spec.IgnoreResolution))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new CaseOutcome(spec, expected.SequenceEqual(actual, StringComparer.Ordinal), expected, actual, null);
    }

    /// <summary>Runs the case's recognizer without scoring (for throughput measurements).</summary>
    public IReadOnlyList<ModelResult> Recognize(SpecCase spec) => spec.Model switch
    {
        "boolean" => BooleanRecognizer.Recognize(spec.Input, spec.Language),
        "number" => NumberRecognizer.Recognize(spec.Input, spec.Language),
        "ordinal" => OrdinalRecognizer.Recognize(spec.Input, spec.Language),
        "email" => EmailRecognizer.Recognize(spec.Input),
        "phone" => PhoneRecognizer.Recognize(spec.Input),
        "datetime" => DateTimeRecognizer.Recognize(spec.Input, spec.Language, spec.Reference ?? time.GetLocalNow().DateTime),
        _ => throw new NotSupportedException($"No recognizer for model '{spec.Model}'."),
    };
}

/// <summary>The verdict on one case, with both key lists so a failure can be shown.</summary>
public sealed record CaseOutcome(
    SpecCase Case,
    bool Passed,
    IReadOnlyList<string> ExpectedKeys,
    IReadOnlyList<string> ActualKeys,
    string? Error);
