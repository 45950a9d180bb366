using BenchmarkDotNet.Attributes;
using IntegrationBot.Recognizers.Phone;

namespace IntegrationBot.Benchmarks;

// Recognizes every phone input once per operation.
[MemoryDiagnoser]
public class PhoneBenchmarks
{
    private string[] _inputs = [];

    [Params("de", "en")]
    public string Culture { get; set; } = "de";

    [GlobalSetup]
    public void Setup() => _inputs = SpecInputs.Phone(Culture);

    [Benchmark]
    public int Recognize()
    {
        var found = 0;
        foreach (var input in _inputs)
            found += PhoneRecognizer.Recognize(input).Count;
        return found;
    }
}
