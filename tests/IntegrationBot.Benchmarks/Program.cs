using BenchmarkDotNet.Running;

// Run one model: dotnet run -c Release -- --filter '*NumberBenchmarks*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
