using System.Diagnostics;
using System.Globalization;

namespace IntegrationBot.Recognizers.Grader;

/// <summary>
/// Utterances per second per core for each model.lang over all of its spec inputs: one thread, after a warm-up
/// pass, the best of several timed passes (the best pass is the one least disturbed by other processes).
/// A complement to the BenchmarkDotNet figures, which use a fixed handful of inputs per model.
/// </summary>
public sealed class ThroughputMeter(SpecGrader grader)
{
    private const int Passes = 5;
    private static readonly TimeSpan MinimumPass = TimeSpan.FromMilliseconds(200);

    public void WriteTable(IEnumerable<SpecCase> cases, TextWriter writer)
    {
        writer.WriteLine($"{"model.lang",-24} {"inputs",6} {"utt/s",10} {"µs/utt",8}");
        foreach (var group in cases.GroupBy(c => c.Model + "." + c.Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var batch = group.ToArray();
            var seconds = BestSecondsPerUtterance(batch);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-24} {batch.Length,6} {1 / seconds,10:F0} {seconds * 1e6,8:F2}"));
        }
    }

    private double BestSecondsPerUtterance(SpecCase[] batch)
    {
        RunAll(batch);
        var best = double.MaxValue;
        for (var pass = 0; pass < Passes; pass++)
        {
            var (count, watch) = (0, Stopwatch.StartNew());
            while (watch.Elapsed < MinimumPass)
                count += RunAll(batch);
            best = Math.Min(best, watch.Elapsed.TotalSeconds / count);
        }
        return best;
    }

    private int RunAll(SpecCase[] batch)
    {
        foreach (var spec in batch)
        {
            try
            {
                grader.Recognize(spec);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The grade table already reports throwing inputs; the time spent still counts.
            }
        }
        return batch.Length;
    }
}
