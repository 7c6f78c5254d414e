namespace InfraDesigner.Simulation.Capacity;

/// <summary>
/// The shared datastore the new VMs' disks go to: its size, what is on it now (also from other clusters),
/// and how many more disks of the asked size it holds (null when the size has no disk).
/// </summary>
public sealed record DatastoreCapacity(string Name, double CapacityGb, double UsedGb, int? Fits)
{
    public double FreeGb => CapacityGb - UsedGb;
}
