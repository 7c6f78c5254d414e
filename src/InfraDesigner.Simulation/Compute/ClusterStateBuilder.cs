using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Placement;
using EngineHostRule = InfraDesigner.Simulation.Placement.VmHostRule;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// Turns one cluster of a topology into the compute engines' <see cref="ClusterState"/>: its hosts
/// (CPU family as the CPU model, so migration compatibility follows the family), the VMs on its hosts or
/// assigned to it, its overcommit ratios and headroom, its VM-VM and VM-host rules, and the shared datastores
/// its VMs and clusters name (the hosts that mount each, and what VMs elsewhere keep on it).
/// </summary>
public static class ClusterStateBuilder
{
    public const string ClusterField = "cluster";

    public static ClusterState From(Topology topology, string clusterName, OvercommitPolicy? policyOverride = null, MemoryOverhead? overhead = null)
    {
        var cluster = FindCluster(topology, clusterName);
        var hosts = cluster.Hosts.Select(name => topology.FindElement<PhysicalHost>(name)
            ?? throw new ComputeInputException(ClusterField, $"cluster '{cluster.Name}' names host '{name}', which is not a physical host of the topology")).ToList();
        var hostNames = hosts.Select(h => h.Name).ToHashSet();
        var vms = topology.ElementsOf<VirtualMachine>()
            .Where(vm => vm.HostName is { } host ? hostNames.Contains(host) : vm.ClusterName == cluster.Name)
            .ToList();
        var vmNames = vms.Select(vm => vm.Name).ToHashSet();
        var rules = new PlacementRules(
            [.. cluster.AffinityRules.Select(rule => new VmGroupRule(rule.Name, Map(rule.Kind), [.. rule.Vms.Where(vmNames.Contains)]))],
            [.. cluster.VmHostRules.Select(rule => new EngineHostRule(rule.Name, rule.Kind,
                [.. rule.Vms.Where(vmNames.Contains)], [.. rule.Hosts.Where(hostNames.Contains)]))]);
        return new ClusterState(
            [.. hosts.Select(ToSpec)],
            [.. vms.Select(ToSpec)],
            policyOverride ?? new OvercommitPolicy(cluster.CpuOvercommitRatio, cluster.RamOvercommitRatio, cluster.ReservedHeadroomPercent),
            rules,
            DatastoreSpecs.For(topology, cluster, hostNames, vmNames),
            overhead);
    }

    public static Cluster FindCluster(Topology topology, string clusterName) =>
        topology.FindElement<Cluster>(clusterName)
        ?? throw new ComputeInputException(ClusterField, $"no cluster named '{clusterName}'; clusters: {NamesOf<Cluster>(topology)}");

    /// <summary>The element names of one kind, for "did you mean" messages.</summary>
    public static string NamesOf<T>(Topology topology) where T : Element
    {
        var names = topology.ElementsOf<T>().Select(e => e.Name).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }

    private static HostSpec ToSpec(PhysicalHost host) =>
        new(host.Name, host.Cores, host.CpuGhz, host.RamGb, host.DiskGb, host.MaintenanceMode, host.CpuFamily ?? host.CpuModel ?? "");

    private static VmSpec ToSpec(VirtualMachine vm) =>
        new(vm.Name, vm.VCpu, vm.RamGb, vm.DiskGb, vm.HostName, vm.CpuUtilisation ?? 1, vm.RamUtilisation ?? 1,
            vm.RestartPriority, vm.DatastoreName, vm.CpuReservationMhz ?? 0, vm.MemoryReservationGb ?? 0);

    private static VmGroupKind Map(AffinityKind kind) =>
        kind == AffinityKind.Affinity ? VmGroupKind.Affinity : VmGroupKind.AntiAffinity;
}
