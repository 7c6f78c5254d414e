namespace InfraDesigner.Simulation.Migration;

public sealed record PrerequisiteCheck(string Name, bool Met, string Detail);
