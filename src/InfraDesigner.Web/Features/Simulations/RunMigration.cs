using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Migration;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// "Live-migrate this VM to that host": prerequisites on the topology, then pre-copy round by round.
/// <paramref name="BandwidthMbps"/> null takes the migration path's bottleneck; <paramref name="DirtyRateMBps"/> null the VM's own.
/// Answers a stream ending in a <see cref="MigrationResult"/>, or null when there is no such topology.
/// </summary>
public sealed record RunMigration(
    Guid TopologyId,
    string Vm,
    string TargetHost,
    double? BandwidthMbps = null,
    double? DirtyRateMBps = null,
    double DowntimeLimitMs = 300,
    int MaxRounds = 30,
    MigrationStopPolicy Policy = MigrationStopPolicy.Qemu,
    bool AutoConverge = false) : IRequest<IAsyncEnumerable<SimulationEvent>?>, IBudgetedRun
{
    string IBudgetedRun.SizeField => "maxRounds";

    internal sealed class Validator(IOptions<RunLimits> options) : IValidator<RunMigration>
    {
        public IEnumerable<FieldError> Validate(RunMigration r) => Validate(r, options.Value);

        private static IEnumerable<FieldError> Validate(RunMigration r, RunLimits limits) =>
        [
            .. SimulationRules.Named("vm", r.Vm, "VM to migrate"),
            .. SimulationRules.Named("targetHost", r.TargetHost, "target host"),
            .. SimulationRules.Positive("bandwidthMbps", r.BandwidthMbps),
            .. SimulationRules.NotNegative("dirtyRateMBps", r.DirtyRateMBps),
            .. SimulationRules.Positive("downtimeLimitMs", r.DowntimeLimitMs),
            .. SimulationRules.Between("maxRounds", r.MaxRounds, 1, limits.MaxMigrationRounds),
        ];
    }

    internal sealed class Handler(TopologyModels models) : IRequestHandler<RunMigration, IAsyncEnumerable<SimulationEvent>?>
    {
        public async ValueTask<IAsyncEnumerable<SimulationEvent>?> Handle(RunMigration r, CancellationToken cancellationToken)
        {
            if (await SimulationTopology.LoadAsync(models, r.TopologyId, cancellationToken) is not { } topology)
            {
                return null;
            }
            var options = new MigrationOptions(r.BandwidthMbps, r.DirtyRateMBps, r.DowntimeLimitMs, r.MaxRounds, r.Policy, r.AutoConverge);
            var setup = SimulationTopology.Adapt(() => MigrationSetupBuilder.From(topology, r.Vm, r.TargetHost, options));
            return MigrationAnalyzer.AnalyzeStreaming(setup.Question)
                .MapAnswer<MigrationAnswer, MigrationResult>(answer => new MigrationResult(setup, answer));
        }
    }
}
