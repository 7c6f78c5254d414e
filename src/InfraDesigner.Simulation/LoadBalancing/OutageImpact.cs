namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// What one outage did: when health checks noticed (and the delay), how many requests failed,
/// how traffic was shared while the member was out, when it was back in the pool, and for the
/// sticky algorithms the percentage of clients whose member changed when it left.
/// </summary>
public sealed record OutageImpact(
    string Member,
    double FailedAtSeconds,
    double? DetectedAtSeconds,
    double? RecoveredAtSeconds,
    double? ReturnedAtSeconds,
    int RequestsFailed,
    IReadOnlyDictionary<string, double> SharesWhileOut,
    double? DisruptionPercent)
{
    public double? DetectionDelaySeconds => DetectedAtSeconds - FailedAtSeconds;
}
