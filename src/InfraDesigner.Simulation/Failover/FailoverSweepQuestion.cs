using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>Try every failure of one host and, with <paramref name="MaxFailedHosts"/> = 2, of every pair.</summary>
public sealed record FailoverSweepQuestion(int MaxFailedHosts = 2, PlacementStrategy RestartStrategy = PlacementStrategy.WorstFit);
