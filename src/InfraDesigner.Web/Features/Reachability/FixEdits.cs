using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Web.Features.Editing;
using M = InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// A suggested fix as an edit of the topology, for the fixes that say exactly what to add: an allow rule at
/// its place in the firewall's rules, a route with its next hop. Other fixes leave the choice to the user (null).
/// </summary>
public static class FixEdits
{
    public static Func<Topology, Topology>? Of(Fix fix) => fix switch
    {
        { Kind: FixKind.AddFirewallRule, Rule: { } rule, InsertAt: { } at } => topology => TopologyEdits.Update<Firewall>(topology, fix.Device,
            firewall => firewall with { Rules = firewall.Rules.Insert(Math.Clamp(at, 0, firewall.Rules.Count), Rule(rule)) }),
        { Kind: FixKind.AddRoute, Route: { NextHop: { } hop } route } => topology => TopologyEdits.Update<Element>(topology, fix.Device,
            element => WithRoute(element, new StaticRoute { Destination = new Ipv4Cidr(route.Prefix.BaseAddress, route.Prefix.PrefixLength), NextHop = hop })),
        _ => null,
    };

    private static Element WithRoute(Element element, StaticRoute route) => element switch
    {
        Router router => router with { StaticRoutes = router.StaticRoutes.Add(route) },
        Firewall firewall => firewall with { StaticRoutes = firewall.StaticRoutes.Add(route) },
        _ => throw EditRefusedException.At("staticRoutes", $"{element.Name} does not route; a route cannot be added to it."),
    };

    private static FirewallRule Rule(M.FirewallRule rule) => new()
    {
        Name = rule.Name,
        Source = Endpoint(rule.Source),
        Destination = Endpoint(rule.Destination),
        Protocol = rule.Protocol,
        Ports = rule.Ports is { } ports ? new PortRange(ports.From, ports.To) : null,
        Action = rule.Action,
    };

    private static RuleEndpoint Endpoint(M.AddressMatch match) => match switch
    {
        M.DeviceAddress device => RuleEndpoint.Element(device.Device),
        M.ZoneAddress zone => RuleEndpoint.Zone(zone.Zone),
        M.SubnetAddress subnet => RuleEndpoint.ForSubnet(new Ipv4Cidr(subnet.Network.BaseAddress, subnet.Network.PrefixLength)),
        _ => RuleEndpoint.Any,
    };
}
