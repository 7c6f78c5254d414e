namespace InfraDesigner.Simulation.Migration;

/// <summary>One prerequisite of a live migration: which it is, its name as shown, whether it holds and why.</summary>
public sealed record PrerequisiteCheck(PrerequisiteId Id, string Name, bool Met, string Detail);
