using BenchmarkDotNet.Attributes;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Benchmarks.Compute;

/// <summary>Place 50,000 VMs onto 5,000 empty hosts (target: under 1 s).</summary>
[MemoryDiagnoser]
public class PlacementBenchmarks
{
    private ClusterState cluster = null!;
    private List<VmSpec> vms = null!;

    [Params(PlacementStrategy.FirstFit, PlacementStrategy.BestFit, PlacementStrategy.WorstFit, PlacementStrategy.DotProduct, PlacementStrategy.L2Norm)]
    public PlacementStrategy Strategy { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        cluster = new ClusterState(ComputeClusters.Hosts(5_000, cores: 64, ramGb: 512), [], new OvercommitPolicy(CpuRatio: 2));
        vms = ComputeClusters.Vms(50_000, 50);
    }

    [Benchmark]
    public int Place50000VmsOn5000Hosts() =>
        PlacementAnalyzer.Analyze(cluster, new PlacementQuestion(vms, Strategy, Seed: 1)).Assignments.Count;
}
