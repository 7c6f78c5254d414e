using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Compute;

/// <summary>A "what if these hosts fail?" question posed on one cluster of a topology.</summary>
public sealed record FailoverSetup(ClusterState State, FailoverQuestion Question);
