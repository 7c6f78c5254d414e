using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// Restarts the VMs of failed hosts on the survivors, highest priority (then largest) first.
/// Built once per cluster: the restart order of each host's VMs is precomputed, so a scenario
/// costs one copy into a reused scratch state plus one host choice per affected VM.
/// An outcome is valid until the next <see cref="Run"/>.
/// </summary>
internal sealed class FailoverSimulator
{
    private readonly int[][] vmsOfHost;
    private readonly int[] restartRank;
    private readonly int[] hostOrder;
    private readonly PlacementStrategy strategy;
    private readonly PlacementState scratch;

    public FailoverSimulator(ClusterState state, PlacementStrategy strategy)
    {
        if (strategy is not (PlacementStrategy.FirstFit or PlacementStrategy.BestFit or PlacementStrategy.WorstFit))
        {
            throw new ArgumentException("Restarts follow restart priority, so only FirstFit, BestFit and WorstFit apply.", nameof(strategy));
        }
        Cluster = new CompiledCluster(state);
        Baseline = new PlacementState(Cluster, keepInitialPlacement: true);
        scratch = Baseline.Clone();
        this.strategy = strategy;
        hostOrder = PlacementEngine.HostOrder(Cluster.HostCount, null);
        var all = Enumerable.Range(0, Cluster.VmCount).ToArray();
        var bySize = PlacementEngine.OrderVms(Cluster, all, VmOrder.LargestFirst);
        var sizeRank = new int[Cluster.VmCount];
        for (var i = 0; i < bySize.Length; i++)
        {
            sizeRank[bySize[i]] = i;
        }
        var restartOrder = all.OrderByDescending(v => Cluster.Vms[v].RestartPriority).ThenBy(v => sizeRank[v]).ToArray();
        restartRank = new int[Cluster.VmCount];
        for (var i = 0; i < restartOrder.Length; i++)
        {
            restartRank[restartOrder[i]] = i;
        }
        vmsOfHost = [.. Enumerable.Range(0, Cluster.HostCount).Select(h =>
            restartOrder.Where(v => Baseline.HostOf[v] == h).ToArray())];
    }

    public CompiledCluster Cluster { get; }

    public PlacementState Baseline { get; }

    public FailoverOutcome Run(int[] failedHosts)
    {
        var state = scratch;
        state.CopyFrom(Baseline);
        var victims = failedHosts.Length == 1 ? vmsOfHost[failedHosts[0]] : MergeByRank(failedHosts);
        foreach (var v in victims)
        {
            state.Remove(v);
        }
        foreach (var h in failedHosts)
        {
            state.Down[h] = true;
        }
        var lost = victims.Where(v => Cluster.Vms[v].RestartPriority == RestartPriority.Disabled).ToList();
        var eligible = lost.Count == 0 ? victims : [.. victims.Where(v => Cluster.Vms[v].RestartPriority != RestartPriority.Disabled)];
        PlacementEngine.Place(state, eligible, strategy, hostOrder, ProgressSink.None, CancellationToken.None);
        var restarted = new List<int>(eligible.Length);
        foreach (var v in eligible)
        {
            (state.HostOf[v] >= 0 ? restarted : lost).Add(v);
        }
        return new FailoverOutcome(state, victims, restarted, lost);
    }

    private int[] MergeByRank(int[] failedHosts)
    {
        var victims = failedHosts.SelectMany(h => vmsOfHost[h]).ToArray();
        var keys = new int[victims.Length];
        for (var i = 0; i < victims.Length; i++)
        {
            keys[i] = restartRank[victims[i]];
        }
        Array.Sort(keys, victims);
        return victims;
    }
}
