using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// Opens the stored topology a simulation runs on, and turns the adapters' "the topology cannot answer
/// that" into the field errors of a rejected request.
/// </summary>
internal static class SimulationTopology
{
    /// <summary>The topology, or null when there is none with that id.</summary>
    public static async Task<Topology?> LoadAsync(TopologyModels models, Guid id, CancellationToken cancellationToken) =>
        (await models.OpenAsync(id, cancellationToken))?.Topology;

    /// <summary>The cluster as the engines see it, with the overcommit ratios the question overrides.</summary>
    public static ClusterState Cluster(
        Topology topology, string cluster, double? cpuOvercommitRatio = null, double? ramOvercommitRatio = null, MemoryOverhead? overhead = null) => Adapt(() =>
    {
        var model = ClusterStateBuilder.FindCluster(topology, cluster);
        var policy = new OvercommitPolicy(cpuOvercommitRatio ?? model.CpuOvercommitRatio, ramOvercommitRatio ?? model.RamOvercommitRatio, model.ReservedHeadroomPercent);
        return ClusterStateBuilder.From(topology, cluster, policy, overhead);
    });

    /// <summary>The shared datastores the cluster lists, in its order.</summary>
    public static IReadOnlyList<string> SharedDatastores(Topology topology, string cluster) =>
        Adapt(() => ClusterStateBuilder.FindCluster(topology, cluster).SharedDatastores);

    /// <summary>Runs an adapter; what the topology lacks becomes a 400 naming the request field.</summary>
    public static T Adapt<T>(Func<T> adapter)
    {
        try
        {
            return adapter();
        }
        catch (ComputeInputException missing)
        {
            throw new RequestValidationException([.. missing.Problems.Select(p => new FieldError(p.Path, p.Message))]);
        }
    }
}
