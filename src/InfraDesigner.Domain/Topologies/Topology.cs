using System.Net;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Topologies;

/// <summary>
/// A whole design: elements (hosts, VMs, switches, firewalls ...), the links that cable their
/// interfaces, network zones, VLANs, VM templates and NAT rules. Immutable; edit with <c>with</c>.
/// Elements refer to each other by their unique <see cref="Element.Name"/>.
/// </summary>
public sealed record Topology
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public EquatableArray<NetworkZone> Zones { get; init; }

    public EquatableArray<Vlan> Vlans { get; init; }

    public EquatableArray<VmTemplate> Templates { get; init; }

    public EquatableArray<Element> Elements { get; init; }

    public EquatableArray<Link> Links { get; init; }

    public EquatableArray<NatRule> NatRules { get; init; }

    /// <summary>What must and must not reach what; see <see cref="Intent"/>.</summary>
    public EquatableArray<Intent> Intents { get; init; }

    public Element? FindElement(string name) => Elements.FirstOrDefault(element => element.Name == name);

    public T? FindElement<T>(string name) where T : Element => FindElement(name) as T;

    public IEnumerable<T> ElementsOf<T>() where T : Element => Elements.OfType<T>();

    public NetworkZone? FindZone(string name) => Zones.FirstOrDefault(zone => zone.Name == name);

    public Vlan? FindVlan(int id) => Vlans.FirstOrDefault(vlan => vlan.Id == id);

    /// <summary>
    /// The zone an address belongs to: the zone whose subnet, or whose VLAN's subnet, is the most specific
    /// one containing it; null when no zone claims it.
    /// </summary>
    public NetworkZone? ZoneOf(IPAddress address)
    {
        var claims = Zones.SelectMany(zone => zone.Subnets.Select(subnet => (Subnet: subnet, Zone: zone.Name)))
            .Concat(Vlans.Where(vlan => vlan.Subnet is not null && vlan.ZoneName is not null).Select(vlan => (Subnet: vlan.Subnet!.Value, Zone: vlan.ZoneName!)));
        string? best = null;
        var bestPrefix = -1;
        foreach (var (subnet, zone) in claims)
        {
            if (subnet.PrefixLength > bestPrefix && subnet.Contains(address))
            {
                (best, bestPrefix) = (zone, subnet.PrefixLength);
            }
        }
        return best is null ? null : FindZone(best);
    }

    /// <summary>Replaces the element with the same name (or adds it when there is none).</summary>
    public Topology WithElement(Element element)
    {
        for (var index = 0; index < Elements.Count; index++)
        {
            if (Elements[index].Name == element.Name)
            {
                return this with { Elements = Elements.SetItem(index, element) };
            }
        }
        return this with { Elements = Elements.Add(element) };
    }
}
