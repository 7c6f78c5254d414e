using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// What a firewall rule's source or destination can be in a topology, picked from the drawing: any, every
/// element, every zone, and the subnets of its VLANs, zones and interfaces. What a user types is read as
/// one of them: a bare name ("app-a" is element:app-a, "A" is zone:A), a CIDR or address ("10.0.1.0/24" is
/// subnet:10.0.1.0/24, "10.0.1.5" is subnet:10.0.1.5/32), or the document's own form ("element:app-a").
/// </summary>
public sealed class RuleEndpointChoices
{
    private readonly Topology _topology;

    private RuleEndpointChoices(Topology topology)
    {
        _topology = topology;
        All = [new RuleChoice("any", "any address"), .. Elements(topology), .. Zones(topology), .. Subnets(topology)];
    }

    public IReadOnlyList<RuleChoice> All { get; }

    public static RuleEndpointChoices Of(Topology topology) => new(topology);

    /// <summary>The endpoint the text names, or why it names none (empty, unknown, or both a zone and an element).</summary>
    public bool TryRead(string? text, out RuleEndpoint endpoint, out string error)
    {
        endpoint = RuleEndpoint.Any;
        error = "";
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "Choose any, an element, a zone or a subnet.";
            return false;
        }
        if (text.Equals("any", StringComparison.OrdinalIgnoreCase)) return true;
        if (AsSubnet(text) is { } subnet)
        {
            endpoint = RuleEndpoint.ForSubnet(subnet);
            return true;
        }
        var (element, zone) = Named(text, StringComparison.Ordinal);
        if (element is null && zone is null) (element, zone) = Named(text, StringComparison.OrdinalIgnoreCase);
        if (element is not null && zone is not null)
        {
            error = $"'{text}' is both a zone and an element: choose zone:{zone} or element:{element}.";
            return false;
        }
        if (element is not null || zone is not null)
        {
            endpoint = element is not null ? RuleEndpoint.Element(element) : RuleEndpoint.Zone(zone!);
            return true;
        }
        if (text.Contains(':') && RuleEndpoint.TryParse(text, out endpoint, out _)) return true;
        // Text that looks like a subnet gets the reason it is not one.
        var cidr = text.StartsWith("subnet:", StringComparison.Ordinal) ? text["subnet:".Length..] : text;
        if (cidr.Length > 0 && char.IsAsciiDigit(cidr[0]) && cidr.Contains('/') && !Ipv4Cidr.TryParse(cidr, out _, out var notCidr))
        {
            error = notCidr;
            return false;
        }
        error = $"No element, zone or subnet '{text}' in this topology: choose one from the list, or type any, a name or a subnet like 10.0.1.0/24.";
        return false;
    }

    /// <summary>"10.0.1.0/24" or "10.0.1.5" (a single address, /32); host bits of a CIDR are dropped, as a rule matches the subnet.</summary>
    private static Ipv4Cidr? AsSubnet(string text)
    {
        if (Ipv4Cidr.TryParse(text, out var cidr, out _)) return cidr.Subnet;
        return Ipv4.TryParse(text, out var address, out _) ? new Ipv4Cidr(address, 32) : null;
    }

    /// <summary>The element and the zone with this name, compared as asked; each only when one name matches.</summary>
    private (string? Element, string? Zone) Named(string text, StringComparison comparison)
    {
        return (One(_topology.Elements.Select(e => e.Name)), One(_topology.Zones.Select(z => z.Name)));

        string? One(IEnumerable<string> names) => names.Where(n => n.Equals(text, comparison)).ToList() is [var only] ? only : null;
    }

    private static IEnumerable<RuleChoice> Elements(Topology topology) =>
        topology.Elements.Select(e => new RuleChoice(RuleEndpoint.Element(e.Name).ToString(), $"{e.Kind.DisplayName()} {e.Name}"));

    private static IEnumerable<RuleChoice> Zones(Topology topology) =>
        topology.Zones.Select(z => new RuleChoice(RuleEndpoint.Zone(z.Name).ToString(), $"zone {z.Name}"));

    /// <summary>Each subnet once, named by the first of: its VLAN, its zone, the interface it is on.</summary>
    private static IEnumerable<RuleChoice> Subnets(Topology topology)
    {
        var named = topology.Vlans.Where(v => v.Subnet is not null).Select(v => (v.Subnet!.Value.Subnet, $"VLAN {v.Id} {v.Name}"))
            .Concat(topology.Zones.SelectMany(z => z.Subnets.Select(s => (s.Subnet, $"subnet of zone {z.Name}"))))
            .Concat(topology.Elements.SelectMany(e => e.Interfaces.Where(i => i.Address is not null).Select(i => (i.Address!.Value.Subnet, $"subnet of {e.Name} {i.Name}"))));
        return named.DistinctBy(s => s.Subnet).Select(s => new RuleChoice(RuleEndpoint.ForSubnet(s.Subnet).ToString(), s.Item2));
    }
}
