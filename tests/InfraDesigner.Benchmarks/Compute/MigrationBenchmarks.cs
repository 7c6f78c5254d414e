using BenchmarkDotNet.Attributes;
using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Benchmarks.Compute;

/// <summary>1,000,000 pre-copy model evaluations (target under 1 s), over a seeded mix of VMs and links.</summary>
public class MigrationBenchmarks
{
    private MigrationQuestion[] questions = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        questions = [.. Enumerable.Range(0, 1000).Select(_ => new MigrationQuestion(
            random.Next(1, 256) * 1024, random.Next(0, 1500), MigrationUnits.MbitpsToMiBps(random.Next(1, 4) switch { 1 => 1_000, 2 => 10_000, _ => 25_000 }),
            AutoConverge: random.Next(2) == 0))];
    }

    [Benchmark]
    public double OneMillionMigrationEvaluations()
    {
        var total = 0.0;
        for (var i = 0; i < 1_000_000; i++)
        {
            total += MigrationAnalyzer.Estimate(questions[i % questions.Length]).TotalSeconds ?? 0;
        }
        return total;
    }
}
