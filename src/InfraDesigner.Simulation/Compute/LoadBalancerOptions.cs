using InfraDesigner.Simulation.LoadBalancing;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// The knobs of a load-balancer question. <paramref name="UnhealthyMembers"/> null takes the pool's own
/// health flags; <paramref name="Algorithm"/> null takes the balancer's own algorithm. <paramref name="RequestsPerVcpu"/>
/// sets each member's concurrency from its size; <paramref name="DrainMembers"/> are drained at <paramref name="DrainAtSeconds"/>.
/// The rest are <see cref="LoadBalancerQuestion"/>'s.
/// </summary>
public sealed record LoadBalancerOptions(
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
    double DrainTimeoutSeconds = LoadBalancerQuestion.DefaultDrainTimeoutSeconds)
{
    public static LoadBalancerOptions Default { get; } = new();
}
