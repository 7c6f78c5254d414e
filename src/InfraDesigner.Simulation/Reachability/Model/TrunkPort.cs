namespace InfraDesigner.Simulation.Reachability.Model;

public sealed record TrunkPort(IReadOnlyList<int> AllowedVlans, int? NativeVlan) : SwitchPort;
