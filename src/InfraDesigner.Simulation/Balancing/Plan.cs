using InfraDesigner.Simulation.Migration;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Balancing;

/// <summary>The plan being built: applies moves to the placement and the loads, and prices each with the migration model.</summary>
internal sealed class Plan
{
    private readonly PlacementState placement;
    private readonly BalanceQuestion question;
    private readonly bool[] moved;

    public Plan(PlacementState placement, BalanceQuestion question)
    {
        this.placement = placement;
        this.question = question;
        Loads = new LoadTracker(placement);
        moved = new bool[placement.Cluster.VmCount];
    }

    public LoadTracker Loads { get; }
    public List<BalanceRecommendation> Moves { get; } = [];
    public List<string?> Datastores { get; } = [];
    public List<UnplacedVm> Unmovable { get; } = [];
    public int BalanceMoves { get; private set; }

    /// <summary>Moves a VM that must leave its host to the host where the imbalance ends lowest.</summary>
    public void Evacuate(int v, MoveReason reason)
    {
        var from = placement.HostOf[v];
        placement.Remove(v);
        var best = -1;
        var bestStdDev = double.PositiveInfinity;
        for (var t = 0; t < placement.Cluster.HostCount; t++)
        {
            if (t == from || placement.Check(v, t) != PlacementBlock.None)
            {
                continue;
            }
            var stdDev = Loads.StdDevIfMoved(v, from, t);
            if (stdDev < bestStdDev)
            {
                bestStdDev = stdDev;
                best = t;
            }
        }
        if (best < 0)
        {
            Unmovable.Add(UnplacedVm.Explain(placement, v));
            placement.Place(v, from);
            return;
        }
        Apply(v, from, best, reason);
    }

    /// <summary>Applies the best single move off the busiest host; false when no move lowers the imbalance.</summary>
    public bool TryBalanceMove()
    {
        var cluster = placement.Cluster;
        var source = -1;
        for (var h = 0; h < cluster.HostCount; h++)
        {
            if (placement.IsAvailable(h) && (source < 0 || Loads.Load(h) > Loads.Load(source)))
            {
                source = h;
            }
        }
        if (source < 0)
        {
            return false;
        }
        var current = Loads.StdDev;
        int bestVm = -1, bestTarget = -1;
        var bestStdDev = current * (1 - 1e-9);
        for (var v = 0; v < cluster.VmCount; v++)
        {
            if (placement.HostOf[v] != source || moved[v])
            {
                continue;
            }
            placement.Remove(v);
            for (var t = 0; t < cluster.HostCount; t++)
            {
                if (t == source || placement.Check(v, t) != PlacementBlock.None)
                {
                    continue;
                }
                var stdDev = Loads.StdDevIfMoved(v, source, t);
                if (stdDev < bestStdDev)
                {
                    bestStdDev = stdDev;
                    bestVm = v;
                    bestTarget = t;
                }
            }
            placement.Place(v, source);
        }
        if (bestVm < 0)
        {
            return false;
        }
        placement.Remove(bestVm);
        Apply(bestVm, source, bestTarget, MoveReason.Balance);
        BalanceMoves++;
        return true;
    }

    private void Apply(int v, int from, int to, MoveReason reason)
    {
        var cluster = placement.Cluster;
        var before = Loads.StdDev;
        placement.Place(v, to);
        Loads.Move(v, from, to);
        moved[v] = true;
        var vm = cluster.Vms[v];
        var cost = MigrationAnalyzer.Estimate(question.Migration(vm.RamGb, 1));
        Moves.Add(new BalanceRecommendation(Moves.Count + 1, vm.Name, cluster.Hosts[from].Name, cluster.Hosts[to].Name, reason,
            before, Loads.StdDev, cost.TotalSeconds, cost.DowntimeMs, cost.DataSentMiB, vm.RamGb));
        Datastores.Add(vm.Datastore);
    }
}
