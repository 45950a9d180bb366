using BenchmarkDotNet.Attributes;
using IntegrationBot.Recognizers.Boolean;

namespace IntegrationBot.Benchmarks;

// Recognizes every boolean input once per operation.
[MemoryDiagnoser]
public class BooleanBenchmarks
{
    private string[] _inputs = [];

    [Params("de", "en")]
    public string Culture { get; set; } = "de";

    [GlobalSetup]
    public void Setup() => _inputs = SpecInputs.Boolean(Culture);

    [Benchmark]
    public int Recognize()
    {
        var found = 0;
        foreach (var input in _inputs)
            found += BooleanRecognizer.Recognize(input, Culture).Count;
        return found;
    }
}
