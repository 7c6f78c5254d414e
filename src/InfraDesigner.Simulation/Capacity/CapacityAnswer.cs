using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Capacity;

/// <summary>
/// The answer: the total, the resource that binds for the cluster (the one that alone would allow
/// the fewest VMs), the figures per host, the shared datastore the disks go to (null: local disks),
/// and, when asked, where the requested VMs go; with the model's assumptions in words.
/// </summary>
public sealed record CapacityAnswer(
    VmSize Size,
    int TotalFits,
    Resource ClusterBinding,
    IReadOnlyList<HostCapacity> Hosts,
    PlacementAnswer? Requested,
    string Explanation,
    DatastoreCapacity? Datastore = null,
    string Assumptions = "")
{
    public bool CanFitRequested => Requested is null || Requested.AllPlaced;
}
