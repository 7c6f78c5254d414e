namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// The neutral input of every compute engine: hosts, VMs (placed or not), the cluster's
/// overcommit policy and its rules, the shared datastores its VMs keep their disks on, and the
/// hypervisor's memory overhead. A topology adapter builds one of these.
/// </summary>
public sealed record ClusterState(
    IReadOnlyList<HostSpec> Hosts,
    IReadOnlyList<VmSpec> Vms,
    OvercommitPolicy? Policy = null,
    PlacementRules? Rules = null,
    IReadOnlyList<DatastoreSpec>? Datastores = null,
    MemoryOverhead? Overhead = null)
{
    public OvercommitPolicy EffectivePolicy => Policy ?? OvercommitPolicy.None;

    public PlacementRules EffectiveRules => Rules ?? PlacementRules.None;

    public IReadOnlyList<DatastoreSpec> EffectiveDatastores => Datastores ?? [];

    public MemoryOverhead EffectiveOverhead => Overhead ?? MemoryOverhead.None;
}
