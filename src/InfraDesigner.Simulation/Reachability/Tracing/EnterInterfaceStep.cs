namespace InfraDesigner.Simulation.Reachability.Tracing;

public sealed record EnterInterfaceStep(string Interface, int? Vlan) : Step;
