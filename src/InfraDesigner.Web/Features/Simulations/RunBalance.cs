using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// A DRS-style pass over the cluster at a migration threshold (1-5), optionally evacuating a host for
/// maintenance. The link is in Mbit/s (10^6 bit/s), the dirty rate in MB/s (10^6 bytes/s); <paramref name="MaxConcurrentPerHost"/>
/// null takes vSphere's vMotion limit for the link speed (4 below 10 GbE, else 8). <paramref name="Planner"/> greedy (DRS's pass, the
/// default) or optimal (CP-SAT: the fewest migrations), the solver bounded by <paramref name="TimeBudgetSeconds"/> as placement's is. Answers a stream ending in a <see cref="BalanceAnswer"/>, or null when there is no such topology.
/// </summary>
public sealed record RunBalance(
    Guid TopologyId,
    string Cluster,
    int MigrationThreshold = 3,
    string? MaintenanceHost = null,
    int MaxMoves = 100,
    double MigrationBandwidthMbps = 10_000,
    double DirtyRateMBps = 50,
    int? MaxConcurrentPerHost = null,
    int MaxConcurrentPerDatastore = 128,
    BalancePlanner Planner = BalancePlanner.Greedy,
    double? TimeBudgetSeconds = null) : IRequest<IAsyncEnumerable<SimulationEvent>?>, IBudgetedRun, ITopologyRequest
{
    string IBudgetedRun.SizeField => "maxMoves";

    internal sealed class Validator(IOptions<RunLimits> options) : IValidator<RunBalance>
    {
        public IEnumerable<FieldError> Validate(RunBalance r) => Validate(r, options.Value);

        private static IEnumerable<FieldError> Validate(RunBalance r, RunLimits limits) =>
        [
            .. SimulationRules.Named("cluster", r.Cluster, "cluster"),
            .. SimulationRules.Between("migrationThreshold", r.MigrationThreshold, 1, 5),
            .. SimulationRules.Between("maxMoves", r.MaxMoves, 0, limits.MaxMoves),
            .. SimulationRules.Positive("migrationBandwidthMbps", r.MigrationBandwidthMbps),
            .. SimulationRules.NotNegative("dirtyRateMBps", r.DirtyRateMBps),
            .. (r.MaxConcurrentPerHost is { } perHost ? SimulationRules.Between("maxConcurrentPerHost", perHost, 1, 1000) : []),
            .. SimulationRules.Between("maxConcurrentPerDatastore", r.MaxConcurrentPerDatastore, 1, 10_000),
            .. SolverBudget.Validate(r.TimeBudgetSeconds, limits),
        ];
    }

    internal sealed class Handler(TopologyModels models) : IRequestHandler<RunBalance, IAsyncEnumerable<SimulationEvent>?>
    {
        public async ValueTask<IAsyncEnumerable<SimulationEvent>?> Handle(RunBalance r, CancellationToken cancellationToken)
        {
            if (await SimulationTopology.LoadAsync(models, r.TopologyId, cancellationToken) is not { } topology)
            {
                return null;
            }
            var state = SimulationTopology.Cluster(topology, r.Cluster);
            if (r.MaintenanceHost is { } host && state.Hosts.All(h => h.Name != host))
            {
                throw new RequestValidationException([new FieldError("maintenanceHost", $"'{host}' is not a host of cluster '{r.Cluster}'")]);
            }
            var question = new BalanceQuestion(r.MigrationThreshold, r.MaintenanceHost, r.MaxMoves,
                r.MigrationBandwidthMbps, r.DirtyRateMBps,
                r.MaxConcurrentPerHost, r.MaxConcurrentPerDatastore, r.Planner, SolverBudget.Of(r.TimeBudgetSeconds));
            return BalancingAnalyzer.AnalyzeStreaming(state, question);
        }
    }
}
