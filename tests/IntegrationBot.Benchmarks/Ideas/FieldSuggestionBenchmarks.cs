using BenchmarkDotNet.Attributes;
using IntegrationBot.Ideas.Fields;

namespace IntegrationBot.Benchmarks.Ideas;

// Suggests a Handlungsfeld for one idea in each of the eight shipped languages per operation.
[MemoryDiagnoser]
public class FieldSuggestionBenchmarks
{
    private readonly FieldClassifier _classifier = FieldClassifier.CreateDefault();

    [Benchmark]
    public int SuggestEightIdeas()
    {
        var found = 0;
        foreach (var (text, language) in IdeaSamples.OnePerLanguage)
            found += _classifier.Suggest(text, language).Count;
        return found;
    }
}
