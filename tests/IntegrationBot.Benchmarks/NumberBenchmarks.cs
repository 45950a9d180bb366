using BenchmarkDotNet.Attributes;
using IntegrationBot.Recognizers.Number;

namespace IntegrationBot.Benchmarks;

// Recognizes every number input once per operation.
[MemoryDiagnoser]
public class NumberBenchmarks
{
    private string[] _inputs = [];

    [Params("de", "en")]
    public string Culture { get; set; } = "de";

    [GlobalSetup]
    public void Setup() => _inputs = SpecInputs.Number(Culture);

    [Benchmark]
    public int Recognize()
    {
        var found = 0;
        foreach (var input in _inputs)
            found += NumberRecognizer.Recognize(input, Culture).Count;
        return found;
    }
}
