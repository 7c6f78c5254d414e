using BenchmarkDotNet.Attributes;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Testing;

namespace InfraDesigner.Benchmarks.Compute;

/// <summary>
/// The Optimal strategy with its default 2 s budget: on 20 hosts × 200 VMs with rules (a planted placement fills
/// every host to 70 %, so about 14 hosts suffice) it should prove optimality within the budget; on 5,000 hosts ×
/// 50,000 VMs it answers with the best heuristic (the exact model would be too large), at least as good as DotProduct.
/// The outcome of one run is printed at setup, since a benchmark reports only time.
/// </summary>
[MemoryDiagnoser]
public class OptimalPlacementBenchmarks
{
    private ClusterState cluster = null!;
    private IReadOnlyList<VmSpec> vms = null!;

    [Params("20 hosts x 200 VMs, rules", "5000 hosts x 50000 VMs")]
    public string Instance { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        (cluster, vms) = Instance.StartsWith("20 ")
            ? PlantedClusters.Build(seed: 20, hosts: 20, usedHosts: 20, vmsPerHost: 10, fill: 0.7)
            : (new ClusterState(ComputeClusters.Hosts(5_000, cores: 64, ramGb: 512), [], new OvercommitPolicy(CpuRatio: 2)), ComputeClusters.Vms(50_000, 50));
        var optimal = Place();
        var dotProduct = PlacementAnalyzer.Analyze(cluster, new PlacementQuestion(vms, PlacementStrategy.DotProduct, Seed: 1));
        Console.WriteLine($"// {Instance}: {optimal.Search!.Outcome}: {optimal.Search.Summary} DotProduct: {dotProduct.Assignments.Count} VMs on {dotProduct.HostsUsed} hosts.");
    }

    [Benchmark]
    public int Optimal() => Place().HostsUsed;

    private PlacementAnswer Place() => PlacementAnalyzer.Analyze(cluster, new PlacementQuestion(vms, PlacementStrategy.Optimal, Seed: 1));
}
