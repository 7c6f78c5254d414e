using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// The shared datastores one cluster's engines see: every storage element the cluster or its VMs name as
/// datastore. A host mounts a datastore when a cluster it belongs to lists it as shared; the disks of VMs
/// outside the cluster on the same datastore count as already used.
/// </summary>
internal static class DatastoreSpecs
{
    public static IReadOnlyList<DatastoreSpec> For(Topology topology, Cluster cluster, IReadOnlySet<string> hosts, IReadOnlySet<string> vms)
    {
        var allVms = topology.ElementsOf<VirtualMachine>().ToList();
        var names = cluster.SharedDatastores
            .Concat(allVms.Where(vm => vms.Contains(vm.Name)).Select(vm => vm.DatastoreName).OfType<string>())
            .Distinct(StringComparer.Ordinal);
        var clusters = topology.ElementsOf<Cluster>().ToList();
        var specs = new List<DatastoreSpec>();
        foreach (var name in names)
        {
            if (topology.FindElement<StorageSystem>(name) is not { } storage)
            {
                continue;
            }
            var mounting = hosts.Where(h => clusters.Any(c => c.Hosts.Contains(h) && c.SharedDatastores.Contains(name))).ToList();
            var elsewhere = allVms.Where(vm => vm.DatastoreName == name && !vms.Contains(vm.Name)).Sum(vm => vm.DiskGb);
            specs.Add(new DatastoreSpec(name, storage.CapacityGb, mounting, elsewhere));
        }
        return specs;
    }
}
