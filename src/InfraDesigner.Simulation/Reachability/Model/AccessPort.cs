namespace InfraDesigner.Simulation.Reachability.Model;

public sealed record AccessPort(int Vlan) : SwitchPort;
