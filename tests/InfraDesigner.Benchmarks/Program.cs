using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/InfraDesigner.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
