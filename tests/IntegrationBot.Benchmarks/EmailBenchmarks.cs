using BenchmarkDotNet.Attributes;
using IntegrationBot.Recognizers.Email;

namespace IntegrationBot.Benchmarks;

// Recognizes every email input once per operation.
[MemoryDiagnoser]
public class EmailBenchmarks
{
    private string[] _inputs = [];

    [Params("de", "en")]
    public string Culture { get; set; } = "de";

    [GlobalSetup]
    public void Setup() => _inputs = SpecInputs.Email(Culture);

    [Benchmark]
    public int Recognize()
    {
        var found = 0;
        foreach (var input in _inputs)
            found += EmailRecognizer.Recognize(input).Count;
        return found;
    }
}
