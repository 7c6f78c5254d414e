namespace InfraDesigner.Simulation.Placement;

/// <summary>Where a VM goes and why.</summary>
public sealed record VmAssignment(string Vm, string Host, string Reason);
