using System.Net;
using D = InfraDesigner.Domain.Network;
using M = InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>One-to-one translations of the topology model's small values into the forwarding model's.</summary>
internal static class ModelMapping
{
    public static M.PortRange? Ports(D.PortRange? ports) => ports is { } p ? new M.PortRange(p.From, p.To) : null;

    public static M.SwitchPort Port(D.Switchport port) => port.Mode == D.SwitchportMode.Access
        ? new M.AccessPort(port.AccessVlan ?? 1)
        : new M.TrunkPort(port.AllowedVlans.ToArray(), port.NativeVlan);

    public static M.AddressMatch Endpoint(D.RuleEndpoint endpoint) => endpoint.Kind switch
    {
        D.RuleEndpointKind.Zone => M.AddressMatch.OfZone(endpoint.Name!),
        D.RuleEndpointKind.Element => M.AddressMatch.OfDevice(endpoint.Name!),
        D.RuleEndpointKind.Subnet => new M.SubnetAddress(endpoint.Subnet!.Value.Network),
        _ => M.AddressMatch.Any,
    };

    public static M.StaticRoute Route(D.StaticRoute route) =>
        new(route.Destination.Network, route.NextHop, route.InterfaceName);

    public static IPNetwork Host(IPAddress address) => new(address, 32);
}
