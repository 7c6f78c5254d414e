using Google.OrTools.Sat;

namespace InfraDesigner.Simulation.Placement.Optimal;

/// <summary>
/// The placement as a CP-SAT model. One Boolean per VM-host pair that passes the filter on the starting state (the
/// VMs that keep their hosts, none of the new ones); one Boolean per host that holds no VM yet, "opened".
/// Constraints: each VM on at most one host; per host and resource the demand within the free capacity (and zero on
/// a host not opened); per shared datastore the disks within its free space; anti-affinity at most one member per
/// host; affinity all placed members on one host. Objective (lexicographic by weights): VMs left out, then hosts
/// holding a VM, then "should" rules broken. Identical empty hosts are opened in order, which removes their symmetry.
/// </summary>
internal sealed class PlacementModel
{
    /// <summary>Amounts are integers in 1/Scale of their unit (vCPU, GB).</summary>
    public const long Scale = 1000;

    /// <summary>Beyond this many VM-host pairs the model is not built (memory, and no proof within seconds anyway).</summary>
    public const int MaxPairs = 250_000;

    /// <summary>
    /// CP-SAT's parallel portfolio: fewer than 8 workers leaves out most of its subsolvers (feasibility jump, LNS), which
    /// on the 10 × 60 instance with rules cost more than time-slicing 8 workers on 2 cores.
    /// </summary>
    public const int Workers = 8;

    private const double Slack = 1e-6;

    private readonly CpModel model = new();
    private readonly PlacementState start;
    private readonly int[] vms;
    private readonly List<(int Vm, int Host, BoolVar Chosen)> pairs = [];
    private readonly BoolVar?[] opened;
    private readonly long unplacedWeight;
    private readonly long hostWeight;
    private readonly int hostsInUse;
    private readonly List<(int[] Hosts, Dictionary<int, int> Rank)> alikeHosts = [];
    private readonly List<(int Group, int Host, BoolVar Here)> affinityHosts = [];
    private readonly Func<int, long> leftOutWeight;
    private readonly bool weighted;
    private BoolVar? allPlaced;

    /// <summary>The balanced objective's variable: the busiest host's largest share of a resource, in 1/<see cref="PerMille"/>.</summary>
    private readonly IntVar? peak;

    public const int PerMille = 1000;

    /// <param name="leftOutWeight">What leaving each VM out costs, in VMs left out (null: 1 each); HA weighs VMs by restart priority.</param>
    /// <param name="hostsInterchangeable">
    /// False when the caller's objective tells alike hosts apart (DRS counts moves off each VM's current host): no symmetry is broken.
    /// </param>
    public PlacementModel(
        PlacementState start, int[] vms, bool placeAll = false, PlacementObjective objective = PlacementObjective.FewestHosts,
        Func<int, long>? leftOutWeight = null, bool hostsInterchangeable = true)
    {
        this.start = start;
        this.vms = vms;
        weighted = leftOutWeight is not null;
        this.leftOutWeight = leftOutWeight ?? (_ => 1);
        PlacesAll = placeAll;
        var cluster = start.Cluster;
        opened = new BoolVar?[cluster.HostCount];
        var occupied = new bool[cluster.HostCount];
        foreach (var h in start.HostOf)
        {
            if (h >= 0)
            {
                occupied[h] = true;
            }
        }
        hostsInUse = occupied.Count(o => o);
        var pairsOfHost = Enumerable.Range(0, cluster.HostCount).Select(_ => new List<int>()).ToArray();
        var maxBroken = 0L;
        foreach (var v in vms)
        {
            var single = new List<ILiteral>();
            var worst = 0;
            foreach (var h in Candidates(start, v))
            {
                if (!occupied[h] && opened[h] is null)
                {
                    opened[h] = model.NewBoolVar("");
                }
                var chosen = model.NewBoolVar("");
                pairsOfHost[h].Add(pairs.Count);
                pairs.Add((v, h, chosen));
                single.Add(chosen);
                if (opened[h] is { } open)
                {
                    model.AddImplication(chosen, open);
                }
                worst = Math.Max(worst, start.SoftRulesBroken(v, h));
            }
            if (placeAll)
            {
                model.AddExactlyOne(single);
            }
            else
            {
                model.AddAtMostOne(single);
            }
            maxBroken += worst;
        }
        AddCapacity(pairsOfHost);
        AddDatastores();
        AddGroups(pairsOfHost);
        if (hostsInterchangeable)
        {
            BreakHostSymmetry(occupied);
        }
        VolumeBound = hostsInUse + EmptyHostsNeeded(occupied);
        if (placeAll)
        {
            model.Add(LinearExpr.Sum(opened.OfType<BoolVar>()) >= VolumeBound - hostsInUse);
        }
        else
        {
            BoundHostsWhenAllPlaced();
        }
        hostWeight = maxBroken + 1;
        if (objective == PlacementObjective.Balanced)
        {
            peak = model.NewIntVar(0, PerMille, "");
            AddPeak(pairsOfHost);
        }
        unplacedWeight = hostWeight * ((peak is null ? cluster.HostCount : PerMille) + 1);
        AddObjective();
    }

    public CpModel Model => model;

    public int[] Vms => vms;

    /// <summary>Objective values below this one leave no VM out.</summary>
    public double AllPlacedBelow => PlacesAll ? double.PositiveInfinity : unplacedWeight;

    /// <summary>Every VM must be placed (one is known to exist): each VM on exactly one host, which propagates far better.</summary>
    public bool PlacesAll { get; }

    /// <summary>
    /// The fewest hosts that can hold every VM by volume alone: the hosts in use plus, per resource, the largest empty
    /// hosts until their capacity covers what does not fit in the free room of the hosts in use (the largest over resources).
    /// </summary>
    public int VolumeBound { get; }

    public int PairCount => pairs.Count;

    /// <summary>Every VM-host pair the model may choose, for callers that add constraints or an objective of their own.</summary>
    public IReadOnlyList<(int Vm, int Host, BoolVar Chosen)> Pairs => pairs;

    /// <summary>The hosts VM <paramref name="v"/> passes the filter on in the starting state.</summary>
    public static IEnumerable<int> Candidates(PlacementState start, int v) =>
        Enumerable.Range(0, start.Cluster.HostCount).Where(h => start.Check(v, h) == PlacementBlock.None);

    public static long CountPairs(PlacementState start, int[] vms, long limit)
    {
        var count = 0L;
        foreach (var v in vms)
        {
            count += Candidates(start, v).LongCount();
            if (count > limit)
            {
                return count;
            }
        }
        return count;
    }

    /// <summary>
    /// Starts the search from a known placement (the best heuristic's), its hosts renamed within each set of alike
    /// hosts so that it keeps the order the symmetry constraints ask for (by the best-ranked VM each holds).
    /// </summary>
    public void Hint(PlacementState placement)
    {
        var renamed = Enumerable.Range(0, opened.Length).ToArray();
        foreach (var (hosts, rank) in alikeHosts)
        {
            var bestRank = hosts.ToDictionary(h => h, _ => int.MaxValue);
            foreach (var v in vms)
            {
                if (placement.HostOf[v] is var on and >= 0 && bestRank.ContainsKey(on) && rank.TryGetValue(v, out var r))
                {
                    bestRank[on] = Math.Min(bestRank[on], r);
                }
            }
            var usedFirst = hosts.OrderBy(h => bestRank[h]).ToArray();
            for (var i = 0; i < hosts.Length; i++)
            {
                renamed[usedFirst[i]] = hosts[i];
            }
        }
        var opens = new bool[opened.Length];
        var groupOnHost = new HashSet<(int, int)>();
        var placedCount = 0;
        foreach (var (v, h, chosen) in pairs)
        {
            var here = placement.HostOf[v] >= 0 && renamed[placement.HostOf[v]] == h;
            opens[h] |= here;
            model.AddHint(chosen, here ? 1 : 0);
            if (here)
            {
                placedCount++;
                groupOnHost.UnionWith(start.Cluster.GroupsOfVm[v].Select(g => (g, h)));
            }
        }
        // A hint that leaves variables out is completed by a search of its own, which on 20 × 200 took most of the budget.
        foreach (var (g, h, here) in affinityHosts)
        {
            model.AddHint(here, groupOnHost.Contains((g, h)) ? 1 : 0);
        }
        if (allPlaced is { } all)
        {
            model.AddHint(all, placedCount == vms.Length ? 1 : 0);
        }
        for (var h = 0; h < opened.Length; h++)
        {
            if (opened[h] is { } open)
            {
                model.AddHint(open, opens[h] ? 1 : 0);
            }
        }
    }

    /// <summary>The starting state with the solver's choices placed.</summary>
    public PlacementState Read(CpSolver solver, PlacementLog log)
    {
        var state = start.Clone();
        foreach (var (v, h, chosen) in pairs.OrderBy(p => p.Host))
        {
            if (solver.BooleanValue(chosen))
            {
                state.Place(v, h);
                log.Placed(state, v);
            }
        }
        return state;
    }

    /// <summary>
    /// The fewest hosts any placement needs that leaves out no more VMs than <paramref name="found"/>, from the solver's
    /// objective bound; null when the bound does not rule out placing more VMs.
    /// </summary>
    public int? HostsLowerBound(double objectiveBound, PlacementScore found)
    {
        if (peak is not null || weighted)
        {
            return null;
        }
        var bound = (long)Math.Ceiling(objectiveBound - Slack);
        var unplaced = vms.Length - found.Placed;
        var byVolume = unplaced == 0 ? VolumeBound : 0;
        if (bound < unplaced * unplacedWeight)
        {
            return byVolume > 0 ? byVolume : null;
        }
        return Math.Max(byVolume, hostsInUse + (int)((bound - unplaced * unplacedWeight) / hostWeight));
    }

    private int EmptyHostsNeeded(bool[] occupied)
    {
        var cluster = start.Cluster;
        var empty = Enumerable.Range(0, cluster.HostCount).Where(h => opened[h] is not null).ToArray();
        var needed = 0;
        for (var d = 0; d < CompiledCluster.D; d++)
        {
            var demand = vms.Sum(v => Up(cluster.Demand[v * CompiledCluster.D + d]));
            var left = demand - Enumerable.Range(0, cluster.HostCount).Where(h => occupied[h] && start.IsAvailable(h)).Sum(h => Down(start.Free(h, (Resource)d)));
            var k = 0;
            foreach (var room in empty.Select(h => Down(cluster.Capacity[h * CompiledCluster.D + d])).OrderDescending())
            {
                if (left <= 0)
                {
                    break;
                }
                left -= room;
                k++;
            }
            needed = Math.Max(needed, left > 0 ? empty.Length + 1 : k);
        }
        return needed;
    }

    /// <summary>A redundant cut the solver cannot derive from its LP: when every VM is placed, at least <see cref="VolumeBound"/> hosts hold one.</summary>
    private void BoundHostsWhenAllPlaced()
    {
        var all = model.NewBoolVar("");
        allPlaced = all;
        var placed = LinearExpr.Sum(pairs.Select(p => p.Chosen));
        model.Add(placed == vms.Length).OnlyEnforceIf(all);
        model.Add(placed <= vms.Length - 1).OnlyEnforceIf(all.Not());
        model.Add(LinearExpr.Sum(opened.OfType<BoolVar>()) >= VolumeBound - hostsInUse).OnlyEnforceIf(all);
    }

    private void AddCapacity(List<int>[] pairsOfHost)
    {
        var cluster = start.Cluster;
        for (var h = 0; h < pairsOfHost.Length; h++)
        {
            if (pairsOfHost[h].Count == 0)
            {
                continue;
            }
            var chosen = pairsOfHost[h].Select(i => pairs[i].Chosen).ToArray();
            for (var d = 0; d < CompiledCluster.D; d++)
            {
                var demand = pairsOfHost[h].Select(i => Up(cluster.Demand[pairs[i].Vm * CompiledCluster.D + d])).ToArray();
                var free = Down(start.Free(h, (Resource)d));
                if (demand.Sum() <= free)
                {
                    continue;
                }
                var load = LinearExpr.WeightedSum(chosen, demand);
                model.Add(opened[h] is { } open ? load <= free * open : load <= free);
            }
        }
    }

    /// <summary>Per host and resource: what the host holds, as a share of its capacity, is at most the peak.</summary>
    private void AddPeak(List<int>[] pairsOfHost)
    {
        var cluster = start.Cluster;
        for (var h = 0; h < pairsOfHost.Length; h++)
        {
            var chosen = pairsOfHost[h].Select(i => pairs[i].Chosen).ToArray();
            for (var d = 0; d < CompiledCluster.D; d++)
            {
                var capacity = Down(cluster.Capacity[h * CompiledCluster.D + d]);
                var held = Up(start.Used[h * CompiledCluster.D + d]);
                var demand = pairsOfHost[h].Select(i => Up(cluster.Demand[pairs[i].Vm * CompiledCluster.D + d]) * PerMille).ToArray();
                if (capacity > 0 && (held > 0 || demand.Any(x => x > 0)))
                {
                    model.Add(LinearExpr.WeightedSum(chosen, demand) + held * PerMille <= capacity * peak!);
                }
            }
        }
    }

    private void AddDatastores()
    {
        var datastores = start.Cluster.Datastores;
        for (var d = 0; d < datastores.Count; d++)
        {
            var on = pairs.Where(p => datastores.Of[p.Vm] == d).ToArray();
            if (on.Length > 0)
            {
                var disks = on.Select(p => Up(datastores.DiskGb[p.Vm])).ToArray();
                model.Add(LinearExpr.WeightedSum(on.Select(p => p.Chosen), disks) <= Down(start.DatastoreFree(d)));
            }
        }
    }

    private void AddGroups(List<int>[] pairsOfHost)
    {
        var cluster = start.Cluster;
        for (var g = 0; g < cluster.GroupRules.Length; g++)
        {
            var affinity = cluster.GroupRules[g].Kind == VmGroupKind.Affinity;
            var hostsOfGroup = new List<BoolVar>();
            for (var h = 0; h < pairsOfHost.Length; h++)
            {
                var members = pairsOfHost[h].Select(i => pairs[i]).Where(p => cluster.GroupsOfVm[p.Vm].Contains(g)).Select(p => p.Chosen).ToList();
                if (members.Count == 0)
                {
                    continue;
                }
                if (!affinity)
                {
                    model.AddAtMostOne(members);
                    continue;
                }
                var here = model.NewBoolVar("");
                affinityHosts.Add((g, h, here));
                foreach (var member in members)
                {
                    model.AddImplication(member, here);
                }
                hostsOfGroup.Add(here);
            }
            if (affinity)
            {
                model.AddAtMostOne(hostsOfGroup);
            }
        }
    }

    /// <summary>
    /// Empty hosts alike in capacity, rules and datastores are interchangeable, so only placements in one order are
    /// searched: the hosts are opened in order, and, ranking the VMs that may go there largest first, the VM of rank r
    /// goes to none of them beyond the (r+1)-th (label the hosts by the best-ranked VM each holds: every placement has
    /// a twin of that form).
    /// </summary>
    private void BreakHostSymmetry(bool[] occupied)
    {
        var cluster = start.Cluster;
        string Signature(int h) => string.Join(",",
            Enumerable.Range(0, CompiledCluster.D).Select(d => Down(cluster.Capacity[h * CompiledCluster.D + d]).ToString())
                .Concat(cluster.HostRuleHosts.Select(hosts => hosts[h] ? "1" : "0"))
                .Concat(cluster.Datastores.Mounted.Select(hosts => hosts[h] ? "1" : "0")));
        var alike = Enumerable.Range(0, cluster.HostCount).Where(h => opened[h] is not null && !occupied[h]).GroupBy(Signature);
        var pairOf = pairs.ToDictionary(p => (p.Vm, p.Host), p => p.Chosen);
        foreach (var group in alike)
        {
            var hosts = group.ToArray();
            for (var i = 1; i < hosts.Length; i++)
            {
                model.AddImplication(opened[hosts[i]]!, opened[hosts[i - 1]]!);
            }
            var ranked = vms.Where(v => pairOf.ContainsKey((v, hosts[0]))).OrderByDescending(v => Size(v, hosts[0])).ToArray();
            var rank = new Dictionary<int, int>();
            for (var r = 0; r < ranked.Length; r++)
            {
                rank[ranked[r]] = r;
                for (var k = r + 1; k < hosts.Length; k++)
                {
                    if (pairOf.TryGetValue((ranked[r], hosts[k]), out var beyond))
                    {
                        model.Add(beyond == 0);
                    }
                }
            }
            alikeHosts.Add((hosts, rank));
        }
    }

    /// <summary>The largest share of host <paramref name="h"/>'s capacity VM <paramref name="v"/> takes (over resources).</summary>
    private double Size(int v, int h)
    {
        var cluster = start.Cluster;
        return Enumerable.Range(0, CompiledCluster.D).Max(d => cluster.Demand[v * CompiledCluster.D + d] * cluster.InverseCapacity[h * CompiledCluster.D + d]);
    }

    private void AddObjective()
    {
        var objective = LinearExpr.NewBuilder();
        var perPlaced = PlacesAll ? 0 : unplacedWeight;
        objective.Add(perPlaced * vms.Sum(leftOutWeight) + (peak is null ? hostWeight * hostsInUse : 0));
        foreach (var (v, h, chosen) in pairs)
        {
            objective.AddTerm(chosen, start.SoftRulesBroken(v, h) - perPlaced * leftOutWeight(v));
        }
        if (peak is not null)
        {
            objective.AddTerm(peak, hostWeight);
        }
        else
        {
            foreach (var open in opened)
            {
                if (open is not null)
                {
                    objective.AddTerm(open, hostWeight);
                }
            }
        }
        model.Minimize(objective);
    }

    private static long Up(double amount) => (long)Math.Ceiling(amount * Scale - Slack);

    private static long Down(double amount) => Math.Max(0, (long)Math.Floor(amount * Scale + Slack));
}
