using BenchmarkDotNet.Attributes;
using IntegrationBot.TextAnalytics;
using IntegrationBot.TextAnalytics.Offline;

namespace IntegrationBot.Benchmarks;

// Analyses one idea-sized text (language, key phrases, PII) per operation, and one 50 000-character text.
[MemoryDiagnoser]
public class OfflineAnalyzerBenchmarks
{
    private const string Idea =
        "Hallo, ich heiße Anna Schmidt. Ich wünsche mir mehr Sprachkurse am Abend in Kinderhaus, weil ich tagsüber " +
        "arbeite. Erreichbar unter anna@example.de oder 0251 4927000.";

    private readonly OfflineTextAnalyzer _analyzer = new();
    private TextDocument _idea = new("idea", Idea);
    private TextDocument _long = new("long", string.Empty);
    private OfflineTextAnalyzer? _trained;

    [GlobalSetup]
    public void Setup()
    {
        _idea = new TextDocument("idea", Idea);
        _long = new TextDocument("long", string.Concat(Enumerable.Repeat(Idea + " ", (50_000 / Idea.Length) + 1)));
    }

    [Benchmark(Baseline = true)]
    public TextAnalysis AnalyzeIdea() => _analyzer.Analyze(_idea);

    [Benchmark]
    public TextAnalysis Analyze50000Characters() => _analyzer.Analyze(_long);

    // Start-up cost: the language models are trained from the embedded text when the analyser is built.
    [Benchmark]
    public void TrainModels() => _trained = new OfflineTextAnalyzer();
}
