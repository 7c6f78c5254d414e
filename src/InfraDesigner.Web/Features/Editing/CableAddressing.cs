using System.Net;
using InfraDesigner.Domain;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// The addresses a new cable gives, planned as a network engineer would: an end without an address gets one
/// in the subnet of its layer-2 segment (the cable, or the VLAN of the switches it reaches) — the subnet
/// already used there, else the VLAN's subnet, else the next free 10.0.N.0/24. Routers and firewalls take the
/// gateway address (.1), hosts the next free address from .10 and that gateway as default gateway. Addresses
/// already set are kept; a segment behind a trunk or holding two subnets is left alone (the plan would be a guess).
/// </summary>
public static class CableAddressing
{
    private const int FirstHostOffset = 10;

    /// <summary>The topology with the link's ends addressed, and one line per interface changed ("sap eth0 10.0.3.10/24, gateway 10.0.3.1"), for the user.</summary>
    public static (Topology Topology, IReadOnlyList<string> Given) Apply(Topology topology, Link link)
    {
        var given = new List<(LinkEndpoint End, string What)>();
        foreach (var end in new[] { link.A, link.B })
        {
            if (Routed(topology, end) is not { Address: null } || Segment.Of(topology, end) is not { } segment) continue;
            if (SubnetOf(topology, segment) is not { } subnet) continue;
            topology = Address(topology, segment, end, subnet, given);
            topology = GiveGateways(topology, segment, subnet, given);
        }
        return (topology, given.GroupBy(g => g.End).Select(g => $"{g.Key.Element} {g.Key.Interface} {string.Join(", ", g.Select(x => x.What))}").ToList());
    }

    private static NetworkInterface? Routed(Topology topology, LinkEndpoint end) =>
        topology.FindElement(end.Element) is { } element and not Switch ? element.FindInterface(end.Interface) : null;

    private static bool Forwards(Topology topology, LinkEndpoint end) => topology.FindElement(end.Element) is IRoutingElement;

    private static Ipv4Cidr? SubnetOf(Topology topology, Segment segment)
    {
        var used = segment.RoutedEnds.Select(e => Routed(topology, e)?.Address?.Subnet).OfType<Ipv4Cidr>().Distinct().ToList();
        if (used.Count > 1) return null;
        if (used.Count == 1) return used[0];
        if (segment.Vlan is { } vlan && topology.FindVlan(vlan)?.Subnet is { } vlanSubnet) return vlanSubnet.Subnet;
        return FreeSubnet(topology);
    }

    /// <summary>The first 10.0.N.0/24 that overlaps no address, VLAN or zone subnet of the topology.</summary>
    private static Ipv4Cidr? FreeSubnet(Topology topology)
    {
        var taken = topology.Elements.SelectMany(e => e.Interfaces).Select(i => i.Address?.Subnet)
            .Concat(topology.Vlans.Select(v => v.Subnet?.Subnet))
            .Concat(topology.Zones.SelectMany(z => z.Subnets).Select(s => (Ipv4Cidr?)s))
            .OfType<Ipv4Cidr>().ToList();
        foreach (var candidate in Enumerable.Range(1, 254).Select(n => new Ipv4Cidr(IPAddress.Parse($"10.0.{n}.0"), 24)))
            if (!taken.Any(t => t.Overlaps(candidate))) return candidate;
        return null;
    }

    private static Topology Address(Topology topology, Segment segment, LinkEndpoint end, Ipv4Cidr subnet, List<(LinkEndpoint, string)> given)
    {
        var taken = topology.Elements.SelectMany(e => e.Interfaces).Select(i => i.Address?.Address).OfType<IPAddress>()
            .Where(subnet.Contains).Select(Ipv4.ToUInt32).ToHashSet();
        var gateway = Gateway(topology, segment, subnet);
        var first = Ipv4.ToUInt32(subnet.NetworkAddress) + 1;
        var last = Ipv4.ToUInt32(subnet.BroadcastAddress) - (subnet.PrefixLength < 31 ? 1u : 0u);
        bool Free(uint a) => !taken.Contains(a);
        uint? chosen = Forwards(topology, end)
            ? (Free(gateway) ? gateway : Range(first, last).Cast<uint?>().FirstOrDefault(a => Free(a!.Value)))
            : Range(Math.Min(first + FirstHostOffset - 1, last), last).Concat(Range(first, last))
                .Cast<uint?>().FirstOrDefault(a => Free(a!.Value) && a != gateway);
        if (chosen is not { } address) return topology;
        var cidr = new Ipv4Cidr(Ipv4.FromUInt32(address), subnet.PrefixLength);
        given.Add((end, cidr.ToString()));
        return UpdateInterface(topology, end, nic => nic with { Address = cidr });
    }

    /// <summary>The segment's router address: a router or firewall already there, else a gateway hosts there already use, else the subnet's first address.</summary>
    private static uint Gateway(Topology topology, Segment segment, Ipv4Cidr subnet)
    {
        var router = segment.RoutedEnds.Where(e => Forwards(topology, e)).Select(e => Routed(topology, e)?.Address?.Address).OfType<IPAddress>().FirstOrDefault();
        var used = segment.RoutedEnds.Select(e => Routed(topology, e)?.DefaultGateway).OfType<IPAddress>().FirstOrDefault(subnet.Contains);
        return Ipv4.ToUInt32(router ?? used ?? Ipv4.FromUInt32(Ipv4.ToUInt32(subnet.NetworkAddress) + 1));
    }

    /// <summary>Hosts of the segment without a default gateway get the address of its router or firewall, when there is one.</summary>
    private static Topology GiveGateways(Topology topology, Segment segment, Ipv4Cidr subnet, List<(LinkEndpoint, string)> given)
    {
        var router = segment.RoutedEnds.Where(e => Forwards(topology, e)).Select(e => Routed(topology, e)?.Address?.Address)
            .OfType<IPAddress>().FirstOrDefault(subnet.Contains);
        if (router is null) return topology;
        foreach (var host in segment.RoutedEnds.Where(e => !Forwards(topology, e)))
        {
            var element = topology.FindElement(host.Element)!;
            if (element.Interfaces.Any(i => i.DefaultGateway is not null) || Routed(topology, host)?.Address is not { } own || !subnet.Contains(own.Address)) continue;
            given.Add((host, $"gateway {router}"));
            topology = UpdateInterface(topology, host, nic => nic with { DefaultGateway = router });
        }
        return topology;
    }

    private static IEnumerable<uint> Range(uint from, uint to)
    {
        for (var a = from; a <= to && a >= from; a++) yield return a;
    }

    private static Topology UpdateInterface(Topology topology, LinkEndpoint end, Func<NetworkInterface, NetworkInterface> change)
    {
        var element = topology.FindElement(end.Element)!;
        return topology.WithElement(element with
        {
            Interfaces = element.Interfaces.Select(i => i.Name == end.Interface ? change(i) : i).ToEquatableArray(),
        });
    }

    /// <summary>The routed interfaces one layer-2 segment joins: cables, and the ports of a VLAN on the switches they reach.</summary>
    private sealed record Segment(IReadOnlyList<LinkEndpoint> RoutedEnds, int? Vlan)
    {
        /// <summary>The segment of an end; null when it reaches a trunk (which VLAN would be a guess).</summary>
        public static Segment? Of(Topology topology, LinkEndpoint start)
        {
            var seen = new HashSet<LinkEndpoint>();
            var routed = new List<LinkEndpoint>();
            int? vlan = null;
            var queue = new Queue<LinkEndpoint>([start]);
            while (queue.TryDequeue(out var end))
            {
                if (!seen.Add(end)) continue;
                if (topology.FindElement(end.Element) is Switch device)
                {
                    var port = device.FindInterface(end.Interface)?.Switchport ?? Switchport.Access(1);
                    if (port.Mode != SwitchportMode.Access) return null;
                    var access = port.AccessVlan ?? 1;
                    vlan ??= access;
                    foreach (var sibling in device.Interfaces.Where(i => (i.Switchport ?? Switchport.Access(1)) is { Mode: SwitchportMode.Access } p && (p.AccessVlan ?? 1) == access))
                        queue.Enqueue(new LinkEndpoint(device.Name, sibling.Name));
                }
                else
                {
                    routed.Add(end);
                }
                foreach (var other in topology.Links.Select(l => l.OtherEnd(end)).OfType<LinkEndpoint>())
                    queue.Enqueue(other);
            }
            return new Segment(routed, vlan);
        }
    }
}
