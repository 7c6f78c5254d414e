using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Capacity;

/// <summary>
/// "How many more VMs of this size fit, and where?" With <paramref name="Requested"/> &gt; 0 the
/// answer also places that many new VMs (named prefix-1, prefix-2, ...) with <paramref name="Strategy"/>.
/// <paramref name="Datastore"/> names the shared datastore (one of the state's) the new VMs' disks go to;
/// null puts them on the hosts' local disks.
/// </summary>
public sealed record CapacityQuestion(
    VmSize Size,
    int Requested = 0,
    PlacementStrategy Strategy = PlacementStrategy.BestFit,
    string NamePrefix = "new-vm",
    string? Datastore = null);
