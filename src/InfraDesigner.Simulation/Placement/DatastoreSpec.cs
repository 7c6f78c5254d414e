namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// A shared datastore (SAN/NAS): its size, the hosts that mount it, and what VMs outside the cluster already
/// keep on it. A VM whose <see cref="VmSpec.Datastore"/> names it charges its disk here, not to the host's local disk,
/// and runs only on hosts that mount it.
/// </summary>
public sealed record DatastoreSpec(string Name, double CapacityGb, IReadOnlyList<string> Hosts, double UsedOutsideGb = 0);
