using BenchmarkDotNet.Running;

// One scenario: dotnet run -c Release --project tests/IntegrationBot.Benchmarks -- --filter '*FullTurn*' --inProcess
// One recognizer model: ... -- --filter '*NumberBenchmarks*' --job short --inProcess
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point of the benchmark runner.</summary>
public partial class Program;
