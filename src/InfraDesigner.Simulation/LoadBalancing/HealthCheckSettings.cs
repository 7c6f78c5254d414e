namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// Active health checks as in HAProxy (defaults inter 2 s, rise 2, fall 3): a member is marked down
/// after <paramref name="Fall"/> failed checks in a row and up again after <paramref name="Rise"/> good ones.
/// </summary>
public sealed record HealthCheckSettings(double IntervalSeconds = 2, int Rise = 2, int Fall = 3)
{
    public static HealthCheckSettings Default { get; } = new();
}
