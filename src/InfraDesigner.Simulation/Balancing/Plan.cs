using InfraDesigner.Simulation.Migration;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Balancing;

/// <summary>The plan being built: applies moves to the placement and the loads, and prices each with the migration model.</summary>
internal sealed class Plan
{
    private readonly PlacementState placement;
    private readonly BalanceQuestion question;
    private readonly bool[] moved;
    private readonly int hosts;

    public Plan(PlacementState placement, BalanceQuestion question, int hosts)
    {
        this.placement = placement;
        this.question = question;
        this.hosts = hosts;
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

    /// <summary>
    /// Applies the best single move off any host; false when no move lowers the imbalance. Each VM is tried on the
    /// <see cref="TargetsPerVm"/> least-loaded hosts, lighter than its own, that can take it: moving load to a lighter host
    /// is what lowers the standard deviation, and trying every host for every VM would cost hosts × VMs per move.
    /// </summary>
    public bool TryBalanceMove()
    {
        var cluster = placement.Cluster;
        var targets = LightestFirst(out var load);
        if (targets.Length < 2)
        {
            return false;
        }
        var current = Loads.StdDev;
        int bestVm = -1, bestTarget = -1;
        var bestStdDev = current * (1 - 1e-9);
        for (var v = 0; v < cluster.VmCount; v++)
        {
            var source = placement.HostOf[v];
            // Moving load to a host at least as loaded as the source cannot lower the spread of equal hosts.
            if (source < 0 || moved[v] || !placement.IsAvailable(source) || load[source] <= load[targets[0]])
            {
                continue;
            }
            // Without rules or a shared datastore the filter on another host does not depend on where the VM is now.
            var lift = cluster.HasRules[v] || cluster.Datastores.Of[v] >= 0;
            if (lift)
            {
                placement.Remove(v);
            }
            var tried = 0;
            foreach (var t in targets)
            {
                if (load[t] >= load[source])
                {
                    break;
                }
                if (t == source || placement.Check(v, t) != PlacementBlock.None)
                {
                    continue;
                }
                var stdDev = Loads.StdDevIfMoved(v, source, t);
                if (stdDev < bestStdDev)
                {
                    (bestStdDev, bestVm, bestTarget) = (stdDev, v, t);
                }
                if (++tried == TargetsPerVm)
                {
                    break;
                }
            }
            if (lift)
            {
                placement.Place(v, source);
            }
        }
        if (bestVm < 0)
        {
            return false;
        }
        var from = placement.HostOf[bestVm];
        placement.Remove(bestVm);
        Apply(bestVm, from, bestTarget, MoveReason.Balance);
        BalanceMoves++;
        return true;
    }

    /// <summary>Moves VM <paramref name="v"/> to host <paramref name="to"/>, chosen elsewhere (the optimal planner).</summary>
    public void Move(int v, int to, MoveReason reason)
    {
        var from = placement.HostOf[v];
        placement.Remove(v);
        Apply(v, from, to, reason);
        BalanceMoves += reason == MoveReason.Balance ? 1 : 0;
    }

    /// <summary>How many feasible targets, lightest first, each VM is tried on per balancing move.</summary>
    public const int TargetsPerVm = 4;

    private int[] LightestFirst(out double[] load)
    {
        var loads = new double[placement.Cluster.HostCount];
        for (var h = 0; h < loads.Length; h++)
        {
            loads[h] = Loads.Load(h);
        }
        var hosts = Enumerable.Range(0, loads.Length).Where(placement.IsAvailable).ToArray();
        var keys = hosts.Select(h => (loads[h], h)).ToArray();
        Array.Sort(keys, hosts);
        load = loads;
        return hosts;
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
            before, Loads.StdDev, cost.TotalSeconds, cost.DowntimeMs, cost.DataSentMiB, vm.RamGb,
            reason == MoveReason.Balance ? MigrationThreshold.BalancePriority(before, hosts) : 1));
        Datastores.Add(vm.Datastore);
    }
}
