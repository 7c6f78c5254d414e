using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// What must hold before a live migration. The network fact comes from the reachability engine;
/// the datastore fact from the storage model; capacity and CPU compatibility can be derived from
/// a cluster with <see cref="From"/>.
/// </summary>
public sealed record MigrationFacts(bool SharedDatastore, bool MigrationNetworkReachable, bool TargetHasCapacity, bool CpuCompatible)
{
    public static MigrationFacts From(ClusterState state, string vm, string targetHost, bool sharedDatastore, bool migrationNetworkReachable)
    {
        var cluster = new CompiledCluster(state);
        var placement = new PlacementState(cluster, keepInitialPlacement: true);
        var v = cluster.ResolveVm(vm);
        var target = cluster.ResolveHost(targetHost);
        var source = placement.HostOf[v];
        if (source >= 0)
        {
            placement.Remove(v);
        }
        var capacity = source != target && placement.Check(v, target) == PlacementBlock.None;
        var cpu = source < 0 || string.Equals(cluster.Hosts[source].CpuModel, cluster.Hosts[target].CpuModel, StringComparison.OrdinalIgnoreCase);
        return new MigrationFacts(sharedDatastore, migrationNetworkReachable, capacity, cpu);
    }
}
