using BenchmarkDotNet.Attributes;
using InfraDesigner.Simulation.LoadBalancing;

namespace InfraDesigner.Benchmarks.Compute;

/// <summary>Maglev: build a 65,537-slot table for 1,000 members (target under 10 ms) and look keys up (target 20 M/s).</summary>
public class MaglevBenchmarks
{
    private const int Lookups = 1_000_000;

    private string[] members = null!;
    private MaglevTable table = null!;

    [GlobalSetup]
    public void Setup()
    {
        members = [.. Enumerable.Range(0, 1000).Select(i => $"10.0.{i / 256}.{i % 256}:443")];
        table = new MaglevTable(members);
    }

    [Benchmark]
    public int BuildTableFor1000Members() => new MaglevTable(members).Size;

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int Lookup()
    {
        var sum = 0;
        for (var key = 0UL; key < Lookups; key++)
        {
            sum += table.Lookup(key);
        }
        return sum;
    }
}
