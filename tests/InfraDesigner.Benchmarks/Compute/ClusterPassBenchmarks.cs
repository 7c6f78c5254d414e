using BenchmarkDotNet.Attributes;
using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Benchmarks.Compute;

/// <summary>
/// On 96 hosts × 10,000 VMs: one DRS pass (target under 100 ms), all 96 single-host failures
/// (under 100 ms) and all 4,560 two-host failures (under 2 s).
/// </summary>
[MemoryDiagnoser]
public class ClusterPassBenchmarks
{
    private ClusterState datacenter = null!;

    [GlobalSetup]
    public void Setup() => datacenter = ComputeClusters.Datacenter();

    [Benchmark]
    public int DrsPass96Hosts10000Vms() => BalancingAnalyzer.Analyze(datacenter, new BalanceQuestion()).Recommendations.Count;

    [Benchmark]
    public int All96SingleHostFailures() => FailoverAnalyzer.Sweep(datacenter, new FailoverSweepQuestion(1)).FullyRestarted;

    [Benchmark]
    public int All4560TwoHostFailures() => FailoverAnalyzer.Sweep(datacenter, new FailoverSweepQuestion(2)).FullyRestarted;
}
