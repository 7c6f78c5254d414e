using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Migration;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// "Live-migrate this VM to that host": prerequisites on the topology, then pre-copy round by round.
/// <paramref name="BandwidthMbps"/> (Mbit/s, 10^6 bit/s) null takes the migration path's bottleneck; <paramref name="DirtyRateMBps"/>
/// (MB/s, 10^6 bytes/s) null the VM's own; <paramref name="MaxRounds"/> null the policy's rule (Xen 30, QEMU none);
/// <paramref name="WritableWorkingSetMiB"/> caps what one round can dirty; <paramref name="ConcurrentMigrations"/> share the source's link.
/// Answers a stream ending in a <see cref="MigrationResult"/>, or null when there is no such topology.
/// </summary>
public sealed record RunMigration(
    Guid TopologyId,
    string Vm,
    string TargetHost,
    double? BandwidthMbps = null,
    double? DirtyRateMBps = null,
    double DowntimeLimitMs = 300,
    int? MaxRounds = null,
    MigrationStopPolicy Policy = MigrationStopPolicy.Qemu,
    bool AutoConverge = false,
    double? WritableWorkingSetMiB = null,
    double ProtocolOverheadPercent = MigrationQuestion.DefaultProtocolOverheadPercent,
    int ConcurrentMigrations = 1) : IRequest<IAsyncEnumerable<SimulationEvent>?>, IBudgetedRun, ITopologyRequest
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
            .. (r.MaxRounds is { } rounds ? SimulationRules.Between("maxRounds", rounds, 1, limits.MaxMigrationRounds) : []),
            .. SimulationRules.Positive("writableWorkingSetMiB", r.WritableWorkingSetMiB),
            .. SimulationRules.Between("protocolOverheadPercent", r.ProtocolOverheadPercent, 0, 99),
            .. SimulationRules.Between("concurrentMigrations", r.ConcurrentMigrations, 1, 128),
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
            var options = new MigrationOptions(r.BandwidthMbps, r.DirtyRateMBps, r.DowntimeLimitMs, r.MaxRounds, r.Policy, r.AutoConverge,
                r.WritableWorkingSetMiB, r.ProtocolOverheadPercent, r.ConcurrentMigrations);
            var setup = SimulationTopology.Adapt(() => MigrationSetupBuilder.From(topology, r.Vm, r.TargetHost, options));
            return MigrationAnalyzer.AnalyzeStreaming(setup.Question)
                .MapAnswer<MigrationAnswer, MigrationResult>(answer => new MigrationResult(setup, answer));
        }
    }
}
