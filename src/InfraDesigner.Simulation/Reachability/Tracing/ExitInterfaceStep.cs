namespace InfraDesigner.Simulation.Reachability.Tracing;

public sealed record ExitInterfaceStep(string Interface, int? Vlan) : Step;
