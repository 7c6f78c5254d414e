using InfraDesigner.Domain;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

public static partial class TopologyEdits
{
    /// <summary>
    /// Cables two elements. Each end uses the interface asked for when it is free, else a free
    /// interface of the element, else a new one (a new switch port, router interface or NIC).
    /// </summary>
    public static (Topology Topology, Link Link) Connect(Topology topology, string elementA, string? interfaceA, string elementB, string? interfaceB)
    {
        if (elementA == elementB) throw EditRefusedException.At("links", "An element cannot be cabled to itself.");
        var (withA, endA) = FreeEnd(topology, elementA, interfaceA);
        var (withB, endB) = FreeEnd(withA, elementB, interfaceB);
        var link = new Link { A = endA, B = endB };
        return (withB with { Links = withB.Links.Add(link) }, link);
    }

    public static Topology AddLink(Topology topology, Link link) => topology with { Links = topology.Links.Add(link) };

    public static Topology RemoveLink(Topology topology, Link link) =>
        topology with { Links = topology.Links.Where(l => TopologyItems.KeyOf(l) != TopologyItems.KeyOf(link)).ToEquatableArray() };

    public static bool IsCabled(Topology topology, LinkEndpoint end) => topology.Links.Any(l => l.A == end || l.B == end);

    private static (Topology, LinkEndpoint) FreeEnd(Topology topology, string elementName, string? interfaceName)
    {
        var element = topology.FindElement(elementName) ?? throw EditRefusedException.At("links", $"There is no element named '{elementName}'.");
        bool Free(string name) => !IsCabled(topology, new LinkEndpoint(elementName, name));
        if (interfaceName is not null && element.FindInterface(interfaceName) is not null && Free(interfaceName))
            return (topology, new LinkEndpoint(elementName, interfaceName));
        if (element.Interfaces.FirstOrDefault(i => Free(i.Name)) is { } free)
            return (topology, new LinkEndpoint(elementName, free.Name));
        var added = new NetworkInterface { Name = ElementFactory.NextInterfaceName(element) };
        return (topology.WithElement(element with { Interfaces = element.Interfaces.Add(added) }), new LinkEndpoint(elementName, added.Name));
    }
}
