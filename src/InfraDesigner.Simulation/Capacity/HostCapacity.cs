using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Capacity;

/// <summary>
/// How many more VMs of the size one host takes, what each resource alone would allow (null when the size
/// asks none of it, or for the disk when it goes to a shared datastore), which one binds (or
/// Maintenance/HostDown/NoDatastoreAccess when the host takes none), and its headroom now.
/// </summary>
public sealed record HostCapacity(
    string Host,
    int Fits,
    PlacementBlock Binding,
    int? FitsByCpu,
    int? FitsByRam,
    int? FitsByDisk,
    HostHeadroom Headroom);
