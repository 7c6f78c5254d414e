using InfraDesigner.Simulation.LoadBalancing;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// The knobs of a load-balancer question. <paramref name="UnhealthyMembers"/> null takes the pool's own
/// health flags; <paramref name="Algorithm"/> null takes the balancer's own algorithm.
/// </summary>
public sealed record LoadBalancerOptions(
    IReadOnlyList<string>? UnhealthyMembers = null,
    LoadBalancerAlgorithm? Algorithm = null,
    double ArrivalRatePerSecond = 100,
    double MeanServiceSeconds = 0.05,
    double DurationSeconds = 60,
    int Seed = 1)
{
    public static LoadBalancerOptions Default { get; } = new();
}
