using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>A VM a failure scenario leaves down, with the filter most surviving hosts rejected it on.</summary>
public sealed record LostVm(string Vm, PlacementBlock MostCommonBlock, string Reason);
