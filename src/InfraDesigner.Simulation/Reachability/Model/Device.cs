namespace InfraDesigner.Simulation.Reachability.Model;

public sealed record Device(
    string Name,
    DeviceKind Kind,
    string? Zone,
    IReadOnlyList<NetworkInterface> Interfaces,
    IReadOnlyList<StaticRoute> Routes,
    FirewallPolicy? Policy,
    IReadOnlyList<VirtualService> VirtualServices,
    IReadOnlyList<SourceNatRule> SourceNats,
    IReadOnlyList<Listener> Listeners,
    IReadOnlyList<ShareAcl> Shares)
{
    public bool Forwards => Kind is DeviceKind.Router or DeviceKind.L3Switch or DeviceKind.Firewall;

    public NetworkInterface? Interface(string name) => Interfaces.FirstOrDefault(i => i.Name == name);
}
