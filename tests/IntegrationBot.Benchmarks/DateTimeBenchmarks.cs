using BenchmarkDotNet.Attributes;
using IntegrationBot.Recognizers.DateTime;

namespace IntegrationBot.Benchmarks;

// Recognizes every date/time input once per operation (eight utterances), against the specs' usual reference time.
[MemoryDiagnoser]
public class DateTimeBenchmarks
{
    private static readonly System.DateTime Reference = new(2016, 11, 7, 0, 0, 0, DateTimeKind.Unspecified);
    private string[] _inputs = [];

    [Params("de", "en")]
    public string Culture { get; set; } = "de";

    [GlobalSetup]
    public void Setup() => _inputs = SpecInputs.DateTime(Culture);

    [Benchmark]
    public int Recognize()
    {
        var found = 0;
        foreach (var input in _inputs)
            found += DateTimeRecognizer.Recognize(input, Culture, Reference).Count;
        return found;
    }
}
