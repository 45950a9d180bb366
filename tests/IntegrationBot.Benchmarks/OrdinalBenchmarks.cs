using BenchmarkDotNet.Attributes;
using IntegrationBot.Recognizers.Ordinal;

namespace IntegrationBot.Benchmarks;

// Recognizes every ordinal input once per operation.
[MemoryDiagnoser]
public class OrdinalBenchmarks
{
    private string[] _inputs = [];

    [Params("de", "en")]
    public string Culture { get; set; } = "de";

    [GlobalSetup]
    public void Setup() => _inputs = SpecInputs.Ordinal(Culture);

    [Benchmark]
    public int Recognize()
    {
        var found = 0;
        foreach (var input in _inputs)
            found += OrdinalRecognizer.Recognize(input, Culture).Count;
        return found;
    }
}
