using System.Net;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Lessons.Checks;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Simulation.Exercises;

/// <summary>
/// Reads the firewalls' rules, not traffic: which enabled allow rules could let a flow from a zone to an element
/// pass on a port other than the excepted ones. A rule counts when its source can hold an address of the zone
/// (any, the zone, a subnet overlapping it, an element in it) and its destination can hold the element (any, its
/// zone, a subnet holding its address, the element). A firewall whose default action is allow counts when it has
/// an interface in either zone.
/// </summary>
public static class OpeningFinder
{
    public static IReadOnlyList<Opening> Find(Topology topology, NoOpeningCheck check)
    {
        var zoneSubnets = topology.FindZone(check.FromZone)?.Subnets.AsEnumerable().Concat(
            topology.Vlans.Where(vlan => vlan.ZoneName == check.FromZone && vlan.Subnet is not null).Select(vlan => vlan.Subnet!.Value)).ToArray() ?? [];
        var targetAddresses = AddressesOf(topology.FindElement(check.To)).ToArray();
        var targetZones = targetAddresses.Select(address => topology.ZoneOf(address)?.Name).OfType<string>().ToHashSet();
        bool InZone(IPAddress address) => topology.ZoneOf(address)?.Name == check.FromZone;

        bool SourceMatches(RuleEndpoint source) => source.Kind switch
        {
            RuleEndpointKind.Any => true,
            RuleEndpointKind.Zone => source.Name == check.FromZone,
            RuleEndpointKind.Subnet => zoneSubnets.Any(subnet => subnet.Overlaps(source.Subnet!.Value)),
            _ => AddressesOf(topology.FindElement(source.Name!)).Any(InZone),
        };
        bool DestinationMatches(RuleEndpoint destination) => destination.Kind switch
        {
            RuleEndpointKind.Any => true,
            RuleEndpointKind.Zone => targetZones.Contains(destination.Name!),
            RuleEndpointKind.Subnet => targetAddresses.Any(destination.Subnet!.Value.Contains),
            _ => destination.Name == check.To,
        };
        bool OpensMoreThanExcepted(FirewallRule rule) =>
            rule.Protocol == Protocol.Icmp || rule.Ports is not { } ports
                || Enumerable.Range(ports.From, ports.To - ports.From + 1).Any(port => !check.ExceptPorts.Contains(port));

        var openings = new List<Opening>();
        foreach (var firewall in topology.ElementsOf<Firewall>())
        {
            openings.AddRange(firewall.Rules
                .Where(rule => rule.Enabled && rule.Action == RuleAction.Allow && SourceMatches(rule.Source) && DestinationMatches(rule.Destination) && OpensMoreThanExcepted(rule))
                .Select(rule => new Opening(firewall.Name, rule)));
            if (firewall.DefaultAction == RuleAction.Allow && firewall.Interfaces.Any(nic => nic.ZoneName == check.FromZone || targetZones.Contains(nic.ZoneName ?? "")))
                openings.Add(new Opening(firewall.Name, null));
        }
        return openings;
    }

    private static IEnumerable<IPAddress> AddressesOf(Element? element) =>
        element?.Interfaces.Where(nic => nic.Address is not null).Select(nic => nic.Address!.Value.Address) ?? [];
}
