namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// The shared datastores as arrays: capacity, what other clusters keep there, which hosts mount each, and
/// the datastore of every VM (-1: the VM's disk is on its host's local disk).
/// </summary>
internal sealed class CompiledDatastores
{
    public CompiledDatastores(IReadOnlyList<DatastoreSpec> datastores, Dictionary<string, int> hostIndex, VmSpec[] vms)
    {
        Specs = [.. datastores];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        Capacity = new double[Specs.Length];
        Baseline = new double[Specs.Length];
        Mounted = new bool[Specs.Length][];
        for (var d = 0; d < Specs.Length; d++)
        {
            var spec = Specs[d];
            if (!index.TryAdd(spec.Name, d))
            {
                throw new ArgumentException($"Duplicate datastore name '{spec.Name}'.", nameof(datastores));
            }
            if (spec.CapacityGb < 0 || spec.UsedOutsideGb < 0)
            {
                throw new ArgumentException($"Datastore '{spec.Name}' has a negative size.", nameof(datastores));
            }
            Capacity[d] = spec.CapacityGb;
            Baseline[d] = spec.UsedOutsideGb;
            Mounted[d] = new bool[hostIndex.Count];
            foreach (var host in spec.Hosts)
            {
                Mounted[d][hostIndex.TryGetValue(host, out var h) ? h : throw new ArgumentException($"Datastore '{spec.Name}' names unknown host '{host}'.", nameof(datastores))] = true;
            }
        }
        Of = [.. vms.Select(vm => vm.Datastore is { } name && index.TryGetValue(name, out var d) ? d : -1)];
        DiskGb = [.. vms.Select(vm => vm.DiskGb)];
    }

    public DatastoreSpec[] Specs { get; }
    public double[] Capacity { get; }
    public double[] Baseline { get; }
    public bool[][] Mounted { get; }

    /// <summary>Per VM: the index of its shared datastore, or -1 for local disk.</summary>
    public int[] Of { get; }

    public double[] DiskGb { get; }

    public int Count => Specs.Length;
}
