namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// A request-load simulation behind one VIP: Poisson arrivals at <paramref name="ArrivalRatePerSecond"/> from
/// <paramref name="ClientCount"/> source IPs, exponential service times, over <paramref name="DurationSeconds"/>
/// of simulated time, with the given outages. The same seed gives the same run.
/// </summary>
public sealed record LoadBalancerQuestion(
    IReadOnlyList<PoolMember> Members,
    LoadBalancerAlgorithm Algorithm = LoadBalancerAlgorithm.RoundRobin,
    HealthCheckSettings? HealthCheck = null,
    double ArrivalRatePerSecond = 100,
    double MeanServiceSeconds = 0.05,
    double DurationSeconds = 60,
    int Seed = 1,
    int ClientCount = 1000,
    IReadOnlyList<MemberOutage>? Outages = null,
    int MaglevTableSize = MaglevTable.DefaultSize,
    double BucketSeconds = 1)
{
    internal void Validate()
    {
        if (Members.Count == 0)
        {
            throw new ArgumentException("A pool needs at least one member.", nameof(Members));
        }
        if (Members.Any(m => m.Weight < 1 || m.Concurrency < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Members), "Weights and concurrency must be at least 1.");
        }
        if (ArrivalRatePerSecond <= 0 || MeanServiceSeconds <= 0 || DurationSeconds <= 0 || BucketSeconds <= 0 || ClientCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ArrivalRatePerSecond), "Rates, times and the client count must be positive.");
        }
        var names = Members.Select(m => m.Name).ToHashSet();
        if (names.Count != Members.Count)
        {
            throw new ArgumentException("Member names must be unique.", nameof(Members));
        }
        foreach (var outage in Outages ?? [])
        {
            if (!names.Contains(outage.Member))
            {
                throw new ArgumentException($"Unknown member '{outage.Member}'.", nameof(Outages));
            }
            if (outage.FailAtSeconds < 0 || outage.RecoverAtSeconds <= outage.FailAtSeconds)
            {
                throw new ArgumentOutOfRangeException(nameof(Outages), $"Member '{outage.Member}' must fail at a time ≥ 0 and recover after it fails.");
            }
        }
    }
}
