namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// The neutral input of every compute engine: hosts, VMs (placed or not), the cluster's
/// overcommit policy and its rules. A topology adapter builds one of these.
/// </summary>
public sealed record ClusterState(
    IReadOnlyList<HostSpec> Hosts,
    IReadOnlyList<VmSpec> Vms,
    OvercommitPolicy? Policy = null,
    PlacementRules? Rules = null)
{
    public OvercommitPolicy EffectivePolicy => Policy ?? OvercommitPolicy.None;

    public PlacementRules EffectiveRules => Rules ?? PlacementRules.None;
}
