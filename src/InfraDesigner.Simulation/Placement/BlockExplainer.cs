namespace InfraDesigner.Simulation.Placement;

/// <summary>Turns a filter verdict into a sentence naming the resource figures or the rule.</summary>
internal static class BlockExplainer
{
    public static string Explain(PlacementState state, int v, int h, PlacementBlock block)
    {
        var cluster = state.Cluster;
        return block switch
        {
            PlacementBlock.None => "fits",
            PlacementBlock.HostDown => "host is down",
            PlacementBlock.Maintenance => "host is in maintenance mode",
            PlacementBlock.Cpu => Shortage(state, v, h, Resource.Cpu, "vCPU"),
            PlacementBlock.Ram => Shortage(state, v, h, Resource.Ram, "GB RAM"),
            PlacementBlock.Disk => Shortage(state, v, h, Resource.Disk, "GB disk"),
            PlacementBlock.NoDatastoreAccess => $"host does not mount datastore '{DatastoreName(cluster, v)}'",
            PlacementBlock.Datastore => DatastoreShortage(state, v),
            PlacementBlock.MustRunOn or PlacementBlock.MustNotRunOn => HostRule(cluster, v, h, block),
            _ => GroupRule(state, v, h, block),
        };
    }

    private static string Shortage(PlacementState state, int v, int h, Resource r, string unit)
    {
        var need = state.Cluster.Demand[v * CompiledCluster.D + (int)r];
        var cap = state.Cluster.Capacity[h * CompiledCluster.D + (int)r];
        return $"needs {need:0.##} {unit}, {state.Free(h, r):0.##} of {cap:0.##} free";
    }

    private static string DatastoreName(CompiledCluster cluster, int v) => cluster.Datastores.Specs[cluster.Datastores.Of[v]].Name;

    private static string DatastoreShortage(PlacementState state, int v)
    {
        var datastores = state.Cluster.Datastores;
        var d = datastores.Of[v];
        return $"needs {datastores.DiskGb[v]:0.##} GB on datastore '{datastores.Specs[d].Name}', {state.DatastoreFree(d):0.##} of {datastores.Capacity[d]:0.##} free";
    }

    private static string HostRule(CompiledCluster cluster, int v, int h, PlacementBlock block)
    {
        foreach (var r in cluster.HostRulesOfVm[v])
        {
            var rule = cluster.HostRules[r];
            var inSet = cluster.HostRuleHosts[r][h];
            if (block == PlacementBlock.MustRunOn && rule.Kind == VmHostRuleKind.MustRunOn && !inSet)
            {
                return $"rule '{rule.Name}' requires one of {string.Join(", ", rule.Hosts)}";
            }
            if (block == PlacementBlock.MustNotRunOn && rule.Kind == VmHostRuleKind.MustNotRunOn && inSet)
            {
                return $"rule '{rule.Name}' forbids this host";
            }
        }
        return block.ToString();
    }

    private static string GroupRule(PlacementState state, int v, int h, PlacementBlock block)
    {
        var cluster = state.Cluster;
        foreach (var g in cluster.GroupsOfVm[v])
        {
            var rule = cluster.GroupRules[g];
            if (block == PlacementBlock.AntiAffinity && rule.Kind == VmGroupKind.AntiAffinity)
            {
                var other = cluster.GroupMembers[g].FirstOrDefault(m => m != v && state.HostOf[m] == h, -1);
                if (other >= 0)
                {
                    return $"anti-affinity rule '{rule.Name}': {cluster.Vms[other].Name} already runs here";
                }
            }
            if (block == PlacementBlock.Affinity && rule.Kind == VmGroupKind.Affinity)
            {
                var other = cluster.GroupMembers[g].FirstOrDefault(m => m != v && state.HostOf[m] >= 0, -1);
                if (other >= 0)
                {
                    return $"affinity rule '{rule.Name}': {cluster.Vms[other].Name} runs on {cluster.Hosts[state.HostOf[other]].Name}";
                }
            }
        }
        return block.ToString();
    }
}
