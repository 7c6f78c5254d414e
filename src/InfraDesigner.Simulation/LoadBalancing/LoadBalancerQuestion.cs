namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// A request-load simulation behind one VIP: Poisson arrivals at <paramref name="ArrivalRatePerSecond"/> from
/// <paramref name="ClientCount"/> source IPs, exponential service times, over <paramref name="DurationSeconds"/>
/// of simulated time, with the given outages and drains. The same seed gives the same run.
/// <paramref name="StickinessSeconds"/> turns on source-IP persistence (HAProxy "stick on src" with that expire; null: off,
/// HAProxy's default); a client whose member left the rotation is redispatched ("option redispatch").
/// <paramref name="SlowStartSeconds"/> ramps a returning member's weight from 0 to full over that time (HAProxy "slowstart";
/// 0: off, its default; only the dynamic algorithms round robin and least connections). A drained member finishes its
/// requests; those still running after <paramref name="DrainTimeoutSeconds"/> are cut (default 300 s, the deregistration delay of
/// AWS load balancers; HAProxy's drain has no limit).
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
    double BucketSeconds = 1,
    double? StickinessSeconds = null,
    double SlowStartSeconds = 0,
    IReadOnlyList<MemberDrain>? Drains = null,
    double DrainTimeoutSeconds = LoadBalancerQuestion.DefaultDrainTimeoutSeconds)
{
    public const double DefaultDrainTimeoutSeconds = 300;

    /// <summary>Requests a member serves at once per vCPU (or core) of its element; a 4-vCPU member keeps the former fixed 16.</summary>
    public const int DefaultRequestsPerVcpu = 4;

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
        if (StickinessSeconds is <= 0 || SlowStartSeconds < 0 || DrainTimeoutSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(StickinessSeconds), "Stickiness must be positive, slow start and the drain timeout not negative.");
        }
        foreach (var drain in Drains ?? [])
        {
            if (!names.Contains(drain.Member) || drain.AtSeconds < 0)
            {
                throw new ArgumentException($"Drain of '{drain.Member}' names no member or starts before 0.", nameof(Drains));
            }
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
