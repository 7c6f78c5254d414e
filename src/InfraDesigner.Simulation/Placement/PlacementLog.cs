namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// What each host looked like when a VM was tried: the free capacity of the host right after it took the VM,
/// or, for a VM no host took, the reason per host at that moment. Later VMs change the hosts, so an answer
/// written from the final state would describe hosts the VM never saw.
/// </summary>
internal sealed class PlacementLog(int vmCount)
{
    private const int Slots = CompiledCluster.D + 1;
    private readonly double[] freeAfter = new double[vmCount * Slots];
    private readonly Dictionary<int, UnplacedVm> failures = [];

    public void Placed(PlacementState state, int v)
    {
        var h = state.HostOf[v];
        for (var d = 0; d < CompiledCluster.D; d++)
        {
            freeAfter[v * Slots + d] = state.Free(h, (Resource)d);
        }
        var datastore = state.Cluster.Datastores.Of[v];
        freeAfter[v * Slots + CompiledCluster.D] = datastore >= 0 ? state.DatastoreFree(datastore) : 0;
    }

    public void Failed(PlacementState state, int v) => failures[v] = UnplacedVm.Explain(state, v);

    public double FreeAfter(int v, Resource r) => freeAfter[v * Slots + (int)r];

    /// <summary>What was left on the VM's shared datastore once it took the VM's disk.</summary>
    public double DatastoreFreeAfter(int v) => freeAfter[v * Slots + CompiledCluster.D];

    /// <summary>The explanation taken when the VM was tried, or null when the engine explains it from the final state.</summary>
    public UnplacedVm? FailureOf(int v) => failures.GetValueOrDefault(v);
}
