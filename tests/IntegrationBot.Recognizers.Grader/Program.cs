using IntegrationBot.Recognizers.Grader;

// Usage: IntegrationBot.Recognizers.Grader <spec-directory> [--failures <model.lang>|all] [--throughput]
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: IntegrationBot.Recognizers.Grader <spec-directory> [--failures <model.lang>|all] [--throughput]");
    return 2;
}

var grader = new SpecGrader(TimeProvider.System);
if (args.Contains("--throughput"))
{
    new ThroughputMeter(grader).WriteTable(
        SpecReader.ReadDirectory(args[0]).Where(c => SpecGrader.GradedModels.Contains(c.Model)), Console.Out);
    return 0;
}

var report = grader.GradeDirectory(args[0]);
var failuresOf = args.Length >= 3 && args[1] == "--failures" ? args[2] : null;
if (failuresOf is not null)
{
    foreach (var outcome in report.Outcomes.Where(o => !o.Passed
        && (failuresOf == "all" || o.Case.Model + "." + o.Case.Language == failuresOf)))
    {
        Console.WriteLine($"FAIL {outcome.Case.Id}: {outcome.Case.Input}");
        Console.WriteLine("  expected: " + string.Join(" | ", outcome.ExpectedKeys).Replace('\u001f', '~'));
        Console.WriteLine("  actual:   " + string.Join(" | ", outcome.ActualKeys).Replace('\u001f', '~'));
        if (outcome.Error is not null)
            Console.WriteLine("  error:    " + outcome.Error);
    }
}

report.WriteTable(Console.Out);
return 0;
