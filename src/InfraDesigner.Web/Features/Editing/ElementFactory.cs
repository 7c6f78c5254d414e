using System.Net;
using InfraDesigner.Domain;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>New elements with sensible defaults and the next free name (vm-01, sw-01 ...).</summary>
public static class ElementFactory
{
    public static Element Create(PaletteItem item, Topology topology, double x, double y)
    {
        var kind = item.Kind ?? throw new ArgumentException($"{item.Label} is not an element.", nameof(item));
        var name = NextName(topology, item.NamePrefix);
        Element element = kind switch
        {
            ElementKind.PhysicalHost => new PhysicalHost { Name = name },
            ElementKind.Cluster => new Cluster { Name = name },
            ElementKind.VirtualMachine => new VirtualMachine { Name = name },
            ElementKind.ContainerHost => new ContainerHost { Name = name },
            ElementKind.Client => new Client { Name = name },
            ElementKind.Switch => new Switch { Name = name },
            ElementKind.Router => new Router { Name = name },
            ElementKind.Firewall => new Firewall { Name = name },
            ElementKind.LoadBalancer => new LoadBalancer { Name = name, Vip = IPAddress.Parse("192.0.2.10") },
            ElementKind.ReverseProxy => new ReverseProxy { Name = name },
            ElementKind.ForwardProxy => new ForwardProxy { Name = name },
            ElementKind.DnsServer => new DnsServer { Name = name },
            ElementKind.Storage => new StorageSystem { Name = name, Services = ApplicationRoleCatalogue.DefaultServices(ApplicationRole.Storage) },
        };
        var info = ElementKinds.Of(kind);
        element = element with
        {
            Canvas = new CanvasInfo { X = x, Y = y, Width = info.StartSize.Width, Height = info.StartSize.Height },
            Interfaces = info.StartsWithNic ? [new NetworkInterface { Name = "eth0" }] : [],
        };
        return item.Role is { } role
            ? element with { Roles = [role], Services = ApplicationRoleCatalogue.DefaultServices(role) }
            : element;
    }

    /// <summary>A new network zone, zone-01 ..., framing the area at (x, y).</summary>
    public static NetworkZone CreateZone(Topology topology, double x, double y)
    {
        var used = topology.Zones.Select(zone => zone.Name).ToHashSet(StringComparer.Ordinal);
        var name = Enumerable.Range(1, int.MaxValue).Select(n => $"zone-{n:00}").First(candidate => !used.Contains(candidate));
        var colour = ZoneColours[topology.Zones.Count % ZoneColours.Length];
        return new NetworkZone { Name = name, Colour = colour, Canvas = new CanvasInfo { X = x, Y = y, Width = 400, Height = 280 } };
    }

    private static readonly string[] ZoneColours = ["#2563eb", "#16a34a", "#d97706", "#9333ea", "#dc2626", "#0891b2"];

    /// <summary>The first of prefix-01, prefix-02 ... not yet used in the topology.</summary>
    public static string NextName(Topology topology, string prefix)
    {
        var used = topology.Elements.Select(element => element.Name).ToHashSet(StringComparer.Ordinal);
        for (var number = 1; ; number++)
        {
            var candidate = $"{prefix}-{number:00}";
            if (!used.Contains(candidate)) return candidate;
        }
    }

    /// <summary>A name for one more interface of the element: port1.. on switches, ge-0/0/N on routers and firewalls, ethN elsewhere.</summary>
    public static string NextInterfaceName(Element element)
    {
        var used = element.Interfaces.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, int.MaxValue).Select(ElementKinds.Of(element.Kind).InterfaceName).First(candidate => !used.Contains(candidate));
    }
}
