namespace InfraDesigner.Simulation.Placement;

/// <summary>Explains a placement: the strategy's criterion, what is left on the host, and the rules that shaped it.</summary>
internal static class AssignmentReason
{
    public static string Describe(PlacementStrategy strategy) => strategy switch
    {
        PlacementStrategy.FirstFit => "first host in order that passes every filter",
        PlacementStrategy.BestFit => "tightest fit: the host left with the least free capacity",
        PlacementStrategy.WorstFit => "spread: the host left with the most free capacity",
        PlacementStrategy.DotProduct => "host filled in turn; this VM's demand aligns best with its free capacity (dot product)",
        PlacementStrategy.Optimal => "exact placement by CP-SAT: as many VMs as possible on as few hosts as possible, every rule a constraint",
        _ => "host filled in turn; this VM leaves the smallest L2 norm of free capacity",
    };

    /// <summary>Why VM <paramref name="v"/> is where it is, with the host as it was right after it took the VM.</summary>
    public static string For(PlacementState state, PlacementLog log, int v, PlacementStrategy strategy)
    {
        var cluster = state.Cluster;
        var h = state.HostOf[v];
        var parts = new List<string>
        {
            Describe(strategy),
            $"host left with {log.FreeAfter(v, Resource.Cpu):0.##} vCPU, {log.FreeAfter(v, Resource.Ram):0.##} GB RAM, {log.FreeAfter(v, Resource.Disk):0.##} GB disk free",
        };
        if (cluster.Datastores.Of[v] is var datastore and >= 0)
        {
            parts.Add($"disk on datastore '{cluster.Datastores.Specs[datastore].Name}' ({log.DatastoreFreeAfter(v):0.##} GB left)");
        }
        foreach (var r in cluster.HostRulesOfVm[v])
        {
            var rule = cluster.HostRules[r];
            var inSet = cluster.HostRuleHosts[r][h];
            var kept = rule.Kind is VmHostRuleKind.MustRunOn or VmHostRuleKind.ShouldRunOn ? inSet : !inSet;
            parts.Add($"rule '{rule.Name}' ({rule.Kind}) {(kept ? "kept" : "not kept (soft)")}");
        }
        foreach (var g in cluster.GroupsOfVm[v])
        {
            var rule = cluster.GroupRules[g];
            parts.Add(rule.Kind == VmGroupKind.Affinity
                ? $"kept with affinity group '{rule.Name}'"
                : $"kept apart by anti-affinity group '{rule.Name}'");
        }
        return string.Join("; ", parts);
    }
}
