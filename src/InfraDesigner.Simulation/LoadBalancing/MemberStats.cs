namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>What one member saw: requests routed to it, its share, how many completed or failed, and response times.</summary>
public sealed record MemberStats(
    string Member,
    int Requests,
    double Share,
    int Completed,
    int Failed,
    double MeanResponseMs,
    double P95ResponseMs);
