using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Capacity;

/// <summary>The capacity answer in words: the figures, and the model they were counted with.</summary>
internal static class CapacityExplanation
{
    public static string Explain(CapacityQuestion q, int total, Resource binding, HostCapacity[] hosts, DatastoreCapacity? datastore, PlacementAnswer? requested)
    {
        var perHost = string.Join(", ", hosts.Select(h => $"{h.Host} {h.Fits} ({h.Binding} binds)"));
        var onDatastore = datastore is null
            ? ""
            : $" Datastore '{datastore.Name}' has {datastore.FreeGb:0.##} of {datastore.CapacityGb:0.##} GB free" +
              (datastore.Fits is { } fits ? $", room for {fits} more disks." : ".");
        var text = $"{total} more VMs of {q.Size} fit: {perHost}.{onDatastore} {binding} binds for the cluster.";
        if (requested is null)
        {
            return text;
        }
        return requested.AllPlaced
            ? $"{text} The {q.Requested} requested go to {string.Join(", ", requested.Assignments.Select(a => $"{a.Vm} → {a.Host}"))}."
            : $"{text} Only {requested.Assignments.Count} of the {q.Requested} requested fit.";
    }

    public static string Assumptions(ClusterState state, CapacityQuestion q)
    {
        var disks = q.Datastore is { } datastore
            ? $"the new VMs' disks go to shared datastore '{datastore}' and only to hosts that mount it"
            : "the new VMs' disks go to the hosts' local disks";
        return $"{PlacementAssumptions.Reservation(state)}; {disks}.";
    }
}
