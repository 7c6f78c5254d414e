namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// What is placed where, with running totals per host and per rule group, so that the filter
/// (<see cref="Check"/>) is O(1) for a VM without rules. Cheap to clone for what-if scenarios.
/// </summary>
internal sealed class PlacementState
{
    private const double Epsilon = 1e-9;
    private const int D = CompiledCluster.D;

    public PlacementState(CompiledCluster cluster, bool keepInitialPlacement)
    {
        Cluster = cluster;
        Used = new double[cluster.HostCount * D];
        HostOf = new int[cluster.VmCount];
        GroupCount = new int[cluster.GroupMembers.Length * cluster.HostCount];
        GroupPlaced = new int[cluster.GroupMembers.Length];
        Down = new bool[cluster.HostCount];
        Maintenance = (bool[])cluster.Maintenance.Clone();
        DatastoreUsed = (double[])cluster.Datastores.Baseline.Clone();
        Array.Fill(HostOf, -1);
        if (keepInitialPlacement)
        {
            for (var v = 0; v < cluster.VmCount; v++)
            {
                if (cluster.InitialHost[v] >= 0)
                {
                    Place(v, cluster.InitialHost[v]);
                }
            }
        }
    }

    private PlacementState(PlacementState other)
    {
        Cluster = other.Cluster;
        Used = (double[])other.Used.Clone();
        HostOf = (int[])other.HostOf.Clone();
        GroupCount = (int[])other.GroupCount.Clone();
        GroupPlaced = (int[])other.GroupPlaced.Clone();
        Down = (bool[])other.Down.Clone();
        Maintenance = (bool[])other.Maintenance.Clone();
        DatastoreUsed = (double[])other.DatastoreUsed.Clone();
    }

    public CompiledCluster Cluster { get; }
    public double[] Used { get; }
    public int[] HostOf { get; }
    public int[] GroupCount { get; }
    public int[] GroupPlaced { get; }
    public bool[] Down { get; }

    /// <summary>GB used per shared datastore, including what other clusters keep there.</summary>
    public double[] DatastoreUsed { get; }

    /// <summary>Hosts in maintenance mode: starts as the cluster says, a scenario may add more.</summary>
    public bool[] Maintenance { get; }

    public PlacementState Clone() => new(this);

    /// <summary>Makes this state equal to <paramref name="other"/> (of the same cluster) without allocating.</summary>
    public void CopyFrom(PlacementState other)
    {
        other.Used.CopyTo(Used, 0);
        other.HostOf.CopyTo(HostOf, 0);
        other.GroupCount.CopyTo(GroupCount, 0);
        other.GroupPlaced.CopyTo(GroupPlaced, 0);
        other.Down.CopyTo(Down, 0);
        other.Maintenance.CopyTo(Maintenance, 0);
        other.DatastoreUsed.CopyTo(DatastoreUsed, 0);
    }

    public bool IsAvailable(int h) => !Down[h] && !Maintenance[h];

    public double DatastoreFree(int d) => Cluster.Datastores.Capacity[d] - DatastoreUsed[d];

    public double Free(int h, Resource r) => Cluster.Capacity[h * D + (int)r] - Used[h * D + (int)r];

    /// <summary>The first filter that rejects unplaced VM <paramref name="v"/> on host <paramref name="h"/>, or None.</summary>
    public PlacementBlock Check(int v, int h)
    {
        if (Down[h])
        {
            return PlacementBlock.HostDown;
        }
        if (Maintenance[h])
        {
            return PlacementBlock.Maintenance;
        }
        if (Cluster.HasRules[v])
        {
            var rule = CheckRules(v, h);
            if (rule != PlacementBlock.None)
            {
                return rule;
            }
        }
        var datastore = Cluster.Datastores.Of[v];
        if (datastore >= 0 && !Cluster.Datastores.Mounted[datastore][h])
        {
            return PlacementBlock.NoDatastoreAccess;
        }
        var cap = Cluster.Capacity;
        var demand = Cluster.Demand;
        int b = h * D, a = v * D;
        if (Used[b] + demand[a] > cap[b] + Epsilon)
        {
            return PlacementBlock.Cpu;
        }
        if (Used[b + 1] + demand[a + 1] > cap[b + 1] + Epsilon)
        {
            return PlacementBlock.Ram;
        }
        if (Used[b + 2] + demand[a + 2] > cap[b + 2] + Epsilon)
        {
            return PlacementBlock.Disk;
        }
        return datastore >= 0 && DatastoreBlocks(v, datastore) ? PlacementBlock.Datastore : PlacementBlock.None;
    }

    /// <summary>True when VM <paramref name="v"/>'s disk no longer fits on its shared datastore (the same for every host).</summary>
    public bool DatastoreFull(int v) => Cluster.Datastores.Of[v] is var d and >= 0 && DatastoreBlocks(v, d);

    private bool DatastoreBlocks(int v, int d) =>
        DatastoreUsed[d] + Cluster.Datastores.DiskGb[v] > Cluster.Datastores.Capacity[d] + Epsilon;

    public void Place(int v, int h)
    {
        HostOf[v] = h;
        int b = h * D, a = v * D;
        for (var d = 0; d < D; d++)
        {
            Used[b + d] += Cluster.Demand[a + d];
        }
        if (Cluster.Datastores.Of[v] is var datastore and >= 0)
        {
            DatastoreUsed[datastore] += Cluster.Datastores.DiskGb[v];
        }
        foreach (var g in Cluster.GroupsOfVm[v])
        {
            GroupCount[g * Cluster.HostCount + h]++;
            GroupPlaced[g]++;
        }
    }

    public void Remove(int v)
    {
        var h = HostOf[v];
        HostOf[v] = -1;
        int b = h * D, a = v * D;
        for (var d = 0; d < D; d++)
        {
            Used[b + d] -= Cluster.Demand[a + d];
        }
        if (Cluster.Datastores.Of[v] is var datastore and >= 0)
        {
            DatastoreUsed[datastore] -= Cluster.Datastores.DiskGb[v];
        }
        foreach (var g in Cluster.GroupsOfVm[v])
        {
            GroupCount[g * Cluster.HostCount + h]--;
            GroupPlaced[g]--;
        }
    }

    /// <summary>True when VM <paramref name="v"/>, where it runs now, breaks none of the mandatory rules.</summary>
    public bool SatisfiesRulesWhereItIs(int v)
    {
        var h = HostOf[v];
        Remove(v);
        var block = CheckRules(v, h);
        Place(v, h);
        return block == PlacementBlock.None;
    }

    /// <summary>+1 for each "should" rule the host satisfies for the VM, -1 for each it breaks.</summary>
    public int SoftRuleScore(int v, int h)
    {
        var score = 0;
        foreach (var r in Cluster.HostRulesOfVm[v])
        {
            var inSet = Cluster.HostRuleHosts[r][h];
            switch (Cluster.HostRules[r].Kind)
            {
                case VmHostRuleKind.ShouldRunOn:
                    score += inSet ? 1 : -1;
                    break;
                case VmHostRuleKind.ShouldNotRunOn:
                    score += inSet ? -1 : 1;
                    break;
            }
        }
        return score;
    }

    /// <summary>How many of VM <paramref name="v"/>'s "should" rules host <paramref name="h"/> breaks.</summary>
    public int SoftRulesBroken(int v, int h)
    {
        var broken = 0;
        foreach (var r in Cluster.HostRulesOfVm[v])
        {
            var inSet = Cluster.HostRuleHosts[r][h];
            var kind = Cluster.HostRules[r].Kind;
            if ((kind == VmHostRuleKind.ShouldRunOn && !inSet) || (kind == VmHostRuleKind.ShouldNotRunOn && inSet))
            {
                broken++;
            }
        }
        return broken;
    }

    private PlacementBlock CheckRules(int v, int h)
    {
        foreach (var r in Cluster.HostRulesOfVm[v])
        {
            var inSet = Cluster.HostRuleHosts[r][h];
            switch (Cluster.HostRules[r].Kind)
            {
                case VmHostRuleKind.MustRunOn when !inSet:
                    return PlacementBlock.MustRunOn;
                case VmHostRuleKind.MustNotRunOn when inSet:
                    return PlacementBlock.MustNotRunOn;
            }
        }
        foreach (var g in Cluster.GroupsOfVm[v])
        {
            var here = GroupCount[g * Cluster.HostCount + h];
            if (Cluster.GroupRules[g].Kind == VmGroupKind.AntiAffinity)
            {
                if (here > 0)
                {
                    return PlacementBlock.AntiAffinity;
                }
            }
            else if (GroupPlaced[g] > 0 && here == 0)
            {
                return PlacementBlock.Affinity;
            }
        }
        return PlacementBlock.None;
    }
}
