using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.LoadBalancing;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// Request load through a load balancer of the topology over simulated time, with the members that fail
/// their health checks (null: the pool's own health flags). Each member serves <paramref name="RequestsPerVcpu"/> requests at once
/// per vCPU of its element; <paramref name="StickinessSeconds"/> (null: off) is source-IP persistence, <paramref name="SlowStartSeconds"/>
/// (0: off) HAProxy's slowstart, and <paramref name="DrainMembers"/> are drained from <paramref name="DrainAtSeconds"/>, their requests
/// cut after <paramref name="DrainTimeoutSeconds"/>. Answers a stream ending in a <see cref="LoadBalancerAnswer"/>, or null when there is no such topology.
/// </summary>
public sealed record RunLoadBalancer(
    Guid TopologyId,
    string LoadBalancer,
    IReadOnlyList<string>? UnhealthyMembers = null,
    LoadBalancerAlgorithm? Algorithm = null,
    double ArrivalRatePerSecond = 100,
    double MeanServiceSeconds = 0.05,
    double DurationSeconds = 60,
    int Seed = 1,
    int RequestsPerVcpu = LoadBalancerQuestion.DefaultRequestsPerVcpu,
    double? StickinessSeconds = null,
    double SlowStartSeconds = 0,
    IReadOnlyList<string>? DrainMembers = null,
    double DrainAtSeconds = 10,
    double DrainTimeoutSeconds = LoadBalancerQuestion.DefaultDrainTimeoutSeconds) : IRequest<IAsyncEnumerable<SimulationEvent>?>, IBudgetedRun, ITopologyRequest
{
    string IBudgetedRun.SizeField => "durationSeconds";

    internal sealed class Validator(IOptions<RunLimits> options) : IValidator<RunLoadBalancer>
    {
        public IEnumerable<FieldError> Validate(RunLoadBalancer r) => Validate(r, options.Value);

        private static IEnumerable<FieldError> Validate(RunLoadBalancer r, RunLimits limits) =>
        [
            .. SimulationRules.Named("loadBalancer", r.LoadBalancer, "load balancer"),
            .. SimulationRules.Positive("arrivalRatePerSecond", r.ArrivalRatePerSecond),
            .. SimulationRules.Between("arrivalRatePerSecond", r.ArrivalRatePerSecond, 0, limits.MaxArrivalRatePerSecond),
            .. SimulationRules.Positive("meanServiceSeconds", r.MeanServiceSeconds),
            .. SimulationRules.Positive("durationSeconds", r.DurationSeconds),
            .. SimulationRules.Between("durationSeconds", r.DurationSeconds, 0, limits.MaxDurationSeconds),
            .. SimulationRules.AtMost("durationSeconds", r.ArrivalRatePerSecond * r.DurationSeconds, limits.MaxSimulatedRequests,
                "simulated requests (arrivalRatePerSecond × durationSeconds)"),
            .. SimulationRules.Between("requestsPerVcpu", r.RequestsPerVcpu, 1, 10_000),
            .. SimulationRules.Positive("stickinessSeconds", r.StickinessSeconds),
            .. SimulationRules.NotNegative("slowStartSeconds", r.SlowStartSeconds),
            .. SimulationRules.NotNegative("drainAtSeconds", r.DrainAtSeconds),
            .. SimulationRules.NotNegative("drainTimeoutSeconds", r.DrainTimeoutSeconds),
            .. (r.DrainMembers ?? []).SelectMany((name, i) => SimulationRules.Named($"drainMembers[{i}]", name, "member to drain")),
        ];
    }

    internal sealed class Handler(TopologyModels models) : IRequestHandler<RunLoadBalancer, IAsyncEnumerable<SimulationEvent>?>
    {
        public async ValueTask<IAsyncEnumerable<SimulationEvent>?> Handle(RunLoadBalancer r, CancellationToken cancellationToken)
        {
            if (await SimulationTopology.LoadAsync(models, r.TopologyId, cancellationToken) is not { } topology)
            {
                return null;
            }
            var options = new LoadBalancerOptions(r.UnhealthyMembers, r.Algorithm, r.ArrivalRatePerSecond, r.MeanServiceSeconds, r.DurationSeconds, r.Seed,
                r.RequestsPerVcpu, r.StickinessSeconds, r.SlowStartSeconds, r.DrainMembers, r.DrainAtSeconds, r.DrainTimeoutSeconds);
            return LoadBalancerAnalyzer.AnalyzeStreaming(SimulationTopology.Adapt(() => LoadBalancerQuestionBuilder.From(topology, r.LoadBalancer, options)));
        }
    }
}
