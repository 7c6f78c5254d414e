namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>Per-member load and response times, the impact of each outage, and the load over time.</summary>
public sealed record LoadBalancerAnswer(
    LoadBalancerAlgorithm Algorithm,
    int TotalRequests,
    int FailedRequests,
    double MeanResponseMs,
    IReadOnlyList<MemberStats> Members,
    IReadOnlyList<OutageImpact> Outages,
    IReadOnlyList<LoadBucket> Timeline,
    string Explanation);
