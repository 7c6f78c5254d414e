using BenchmarkDotNet.Attributes;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Benchmarks.Compute;

/// <summary>
/// CloudSim Plus's scale figure: 40,000 VMs on 20,000 hosts with FirstFit takes it 1.3 minutes; the target here is
/// 100 times faster (under 0.78 s). Same sizes, our flavor mix.
/// </summary>
[MemoryDiagnoser]
public class FirstFitScaleBenchmarks
{
    private ClusterState cluster = null!;
    private List<VmSpec> vms = null!;

    [GlobalSetup]
    public void Setup()
    {
        cluster = new ClusterState(ComputeClusters.Hosts(20_000, cores: 64, ramGb: 512), []);
        vms = ComputeClusters.Vms(40_000, 40);
    }

    [Benchmark]
    public int FirstFit40000VmsOn20000Hosts() =>
        PlacementAnalyzer.Analyze(cluster, new PlacementQuestion(vms, PlacementStrategy.FirstFit, Seed: 1)).Assignments.Count;
}
