using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// "What if these hosts fail?": which VMs HA restarts where, which cannot and why, and whether the
/// cluster's admission control holds. Answers a stream ending in a <see cref="FailoverAnswer"/>, or null when there is no such topology.
/// </summary>
public sealed record RunFailover(Guid TopologyId, string Cluster, IReadOnlyList<string>? FailedHosts = null)
    : IRequest<IAsyncEnumerable<SimulationEvent>?>
{
    internal sealed class Validator : IValidator<RunFailover>
    {
        public IEnumerable<FieldError> Validate(RunFailover r) =>
        [
            .. SimulationRules.Named("cluster", r.Cluster, "cluster"),
            .. r.FailedHosts is { Count: > 0 } ? [] : new[] { new FieldError("failedHosts", "name at least one host that fails") },
        ];
    }

    internal sealed class Handler(TopologyStore store) : IRequestHandler<RunFailover, IAsyncEnumerable<SimulationEvent>?>
    {
        public async Task<IAsyncEnumerable<SimulationEvent>?> Handle(RunFailover r, CancellationToken cancellationToken)
        {
            if (await SimulationTopology.LoadAsync(store, r.TopologyId, cancellationToken) is not { } topology)
            {
                return null;
            }
            var state = SimulationTopology.Cluster(topology, r.Cluster);
            var failed = r.FailedHosts ?? [];
            var unknown = failed.Select((host, i) => (host, i)).Where(x => state.Hosts.All(h => h.Name != x.host))
                .Select(x => new FieldError($"failedHosts[{x.i}]", $"'{x.host}' is not a host of cluster '{r.Cluster}'; its hosts: {string.Join(", ", state.Hosts.Select(h => h.Name))}"))
                .ToList();
            if (unknown.Count > 0)
            {
                throw new RequestValidationException(unknown);
            }
            var admission = AdmissionControlBuilder.From(topology.FindElement<Cluster>(r.Cluster)!.Ha);
            return FailoverAnalyzer.AnalyzeStreaming(state, new FailoverQuestion(failed, admission));
        }
    }
}
