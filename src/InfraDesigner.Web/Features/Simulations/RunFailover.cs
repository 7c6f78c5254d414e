using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// "What if these hosts fail?": which VMs HA restarts where, which cannot and why, and whether the
/// cluster's admission control holds, counted as vSphere does on reservations (<paramref name="AdmissionBasis"/> null) or in the
/// provisioned view. <paramref name="Planner"/> vsphere (HA's restart order, the default) or optimal (CP-SAT: the most VMs restarted by
/// priority), the solver bounded by <paramref name="TimeBudgetSeconds"/> as placement's is. Answers a stream ending in a <see cref="FailoverAnswer"/>, or null when there is no such topology.
/// </summary>
public sealed record RunFailover(
    Guid TopologyId,
    string Cluster,
    IReadOnlyList<string>? FailedHosts = null,
    AdmissionBasis? AdmissionBasis = null,
    RestartPlanner Planner = RestartPlanner.VSphereOrder,
    double? TimeBudgetSeconds = null)
    : IRequest<IAsyncEnumerable<SimulationEvent>?>, IBudgetedRun, ITopologyRequest
{
    string IBudgetedRun.SizeField => "failedHosts";

    internal sealed class Validator(IOptions<RunLimits> options) : IValidator<RunFailover>
    {
        public IEnumerable<FieldError> Validate(RunFailover r) =>
            [.. SimulationRules.Named("cluster", r.Cluster, "cluster"), .. SolverBudget.Validate(r.TimeBudgetSeconds, options.Value)];
    }

    internal sealed class Handler(TopologyModels models) : IRequestHandler<RunFailover, IAsyncEnumerable<SimulationEvent>?>
    {
        public async ValueTask<IAsyncEnumerable<SimulationEvent>?> Handle(RunFailover r, CancellationToken cancellationToken)
        {
            if (await SimulationTopology.LoadAsync(models, r.TopologyId, cancellationToken) is not { } topology)
            {
                return null;
            }
            var setup = SimulationTopology.Adapt(() => FailoverSetupBuilder.From(topology, r.Cluster, r.FailedHosts ?? [],
                r.AdmissionBasis ?? Simulation.Failover.AdmissionBasis.Reservations));
            return FailoverAnalyzer.AnalyzeStreaming(setup.State,
                setup.Question with { Planner = r.Planner, TimeBudget = SolverBudget.Of(r.TimeBudgetSeconds) });
        }
    }
}
