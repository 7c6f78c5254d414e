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
        var policy = state.EffectivePolicy;
        var disks = q.Datastore is { } datastore
            ? $"the new VMs' disks go to shared datastore '{datastore}' and only to hosts that mount it"
            : "the new VMs' disks go to the hosts' local disks";
        return $"Provisioned sizes (vCPU, GB RAM, GB disk) are reserved in full; vCPU up to {policy.CpuRatio:0.##} per core, " +
            $"RAM up to {policy.RamRatio:0.##} × physical, {policy.ReservedHeadroomPercent:0.##} % of every host kept free; " +
            $"{state.EffectiveOverhead.Describe()}; disks of VMs on a shared datastore are charged to the datastore, not the host; {disks}.";
    }
}
