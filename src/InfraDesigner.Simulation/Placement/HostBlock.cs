namespace InfraDesigner.Simulation.Placement;

/// <summary>Why one host rejected one VM.</summary>
public sealed record HostBlock(string Host, PlacementBlock Block, string Detail);
