namespace InfraDesigner.Simulation.Placement;

/// <summary>A VM-VM rule: keep the VMs together or apart.</summary>
public sealed record VmGroupRule(string Name, VmGroupKind Kind, IReadOnlyList<string> Vms);
