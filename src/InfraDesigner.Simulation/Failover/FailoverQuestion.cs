using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>"What if these hosts fail?" Optionally also checks an admission control policy.</summary>
public sealed record FailoverQuestion(
    IReadOnlyList<string> FailedHosts,
    AdmissionControl? Admission = null,
    PlacementStrategy RestartStrategy = PlacementStrategy.WorstFit);
