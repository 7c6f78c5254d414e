namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// Per-member load and response times, the impact of each outage and drain, the load over time, the share of clients
/// that stayed on one member (1 = all), and the model's assumptions.
/// </summary>
public sealed record LoadBalancerAnswer(
    LoadBalancerAlgorithm Algorithm,
    int TotalRequests,
    int FailedRequests,
    double MeanResponseMs,
    IReadOnlyList<MemberStats> Members,
    IReadOnlyList<OutageImpact> Outages,
    IReadOnlyList<LoadBucket> Timeline,
    string Explanation,
    IReadOnlyList<DrainImpact>? Drains = null,
    double ClientsOnOneMember = 1,
    string Assumptions = "");
