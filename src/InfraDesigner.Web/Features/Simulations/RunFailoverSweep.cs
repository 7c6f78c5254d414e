using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// Every single-host failure of the cluster (and, with <paramref name="MaxFailedHosts"/> 2, every pair): which are
/// survived without losing a VM, and the worst. Answers a stream ending in a <see cref="FailoverSweepAnswer"/>,
/// or null when there is no such topology.
/// </summary>
public sealed record RunFailoverSweep(Guid TopologyId, string Cluster, int MaxFailedHosts = 1) : IRequest<IAsyncEnumerable<SimulationEvent>?>, IBudgetedRun, ITopologyRequest
{
    string IBudgetedRun.SizeField => "maxFailedHosts";

    internal sealed class Validator(IOptions<RunLimits> options) : IValidator<RunFailoverSweep>
    {
        public IEnumerable<FieldError> Validate(RunFailoverSweep r) => Validate(r, options.Value);

        private static IEnumerable<FieldError> Validate(RunFailoverSweep r, RunLimits limits) =>
        [
            .. SimulationRules.Named("cluster", r.Cluster, "cluster"),
            .. SimulationRules.Between("maxFailedHosts", r.MaxFailedHosts, 1, limits.MaxFailedHostsInSweep),
        ];
    }

    internal sealed class Handler(TopologyModels models) : IRequestHandler<RunFailoverSweep, IAsyncEnumerable<SimulationEvent>?>
    {
        public async ValueTask<IAsyncEnumerable<SimulationEvent>?> Handle(RunFailoverSweep r, CancellationToken cancellationToken)
        {
            if (await SimulationTopology.LoadAsync(models, r.TopologyId, cancellationToken) is not { } topology)
            {
                return null;
            }
            var state = SimulationTopology.Cluster(topology, r.Cluster);
            return FailoverAnalyzer.SweepStreaming(state, new FailoverSweepQuestion(r.MaxFailedHosts));
        }
    }
}
