using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// "How many more VMs of this size fit in the cluster, where, and what binds?" With <paramref name="Requested"/> &gt; 0
/// also places that many. The ratios override the cluster's own. <paramref name="Datastore"/> is where the new VMs' disks go
/// (see <see cref="NewVmDatastore"/>); <paramref name="HypervisorReserveGb"/> and <paramref name="VmMemoryOverhead"/> set the
/// hypervisor's memory overhead (default 4 GB per host plus vSphere's per-VM overhead). Answers a stream ending in a
/// <see cref="CapacityAnswer"/>, or null when there is no such topology.
/// </summary>
public sealed record RunCapacity(
    Guid TopologyId,
    string Cluster,
    int Vcpu = 4,
    double RamGb = 16,
    double DiskGb = 40,
    int Requested = 0,
    PlacementStrategy Strategy = PlacementStrategy.BestFit,
    double? CpuOvercommitRatio = null,
    double? RamOvercommitRatio = null,
    string? Datastore = null,
    double? HypervisorReserveGb = null,
    bool? VmMemoryOverhead = null) : IRequest<IAsyncEnumerable<SimulationEvent>?>, IBudgetedRun, ITopologyRequest
{
    string IBudgetedRun.SizeField => "requested";

    internal sealed class Validator(IOptions<RunLimits> options) : IValidator<RunCapacity>
    {
        public IEnumerable<FieldError> Validate(RunCapacity r) => Validate(r, options.Value);

        private static IEnumerable<FieldError> Validate(RunCapacity r, RunLimits limits) =>
        [
            .. SimulationRules.Named("cluster", r.Cluster, "cluster"),
            .. SimulationRules.Positive("vcpu", r.Vcpu),
            .. SimulationRules.NotNegative("ramGb", r.RamGb),
            .. SimulationRules.NotNegative("diskGb", r.DiskGb),
            .. SimulationRules.Between("requested", r.Requested, 0, limits.MaxRequestedVms),
            .. SimulationRules.Positive("cpuOvercommitRatio", r.CpuOvercommitRatio),
            .. SimulationRules.Positive("ramOvercommitRatio", r.RamOvercommitRatio),
            .. NewVmDatastore.Validate("datastore", r.Datastore),
            .. HypervisorOverhead.Validate(r.HypervisorReserveGb),
        ];
    }

    internal sealed class Handler(TopologyModels models) : IRequestHandler<RunCapacity, IAsyncEnumerable<SimulationEvent>?>
    {
        public async ValueTask<IAsyncEnumerable<SimulationEvent>?> Handle(RunCapacity r, CancellationToken cancellationToken)
        {
            if (await SimulationTopology.LoadAsync(models, r.TopologyId, cancellationToken) is not { } topology)
            {
                return null;
            }
            var overhead = HypervisorOverhead.From(r.HypervisorReserveGb, r.VmMemoryOverhead);
            var state = SimulationTopology.Cluster(topology, r.Cluster, r.CpuOvercommitRatio, r.RamOvercommitRatio, overhead);
            var datastore = NewVmDatastore.Resolve(state, r.Datastore, "datastore", SimulationTopology.SharedDatastores(topology, r.Cluster));
            var question = new CapacityQuestion(new VmSize(r.Vcpu, r.RamGb, r.DiskGb), r.Requested, r.Strategy, Datastore: datastore);
            return CapacityAnalyzer.AnalyzeStreaming(state, question);
        }
    }
}
