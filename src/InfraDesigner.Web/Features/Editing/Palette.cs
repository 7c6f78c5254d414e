using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>Everything that can be drawn, grouped as the palette shows it.</summary>
public static class Palette
{
    public static IReadOnlyList<string> Groups { get; } = ["Compute", "Network", "Security", "Services", "Storage"];

    public static IReadOnlyList<PaletteItem> Items { get; } =
    [
        new("host", "Physical host", "Compute", "host", ElementKind.PhysicalHost, "host"),
        new("cluster", "Cluster", "Compute", "cluster", ElementKind.Cluster, "cluster"),
        new("vm", "Virtual machine", "Compute", "vm", ElementKind.VirtualMachine, "vm"),
        new("container", "Container host", "Compute", "container", ElementKind.ContainerHost, "ctr"),
        new("client", "Client / user", "Compute", "internet", ElementKind.Client, "pc"),
        new("switch", "Switch", "Network", "switch", ElementKind.Switch, "sw"),
        new("router", "Router", "Network", "router", ElementKind.Router, "rt"),
        new("zone", "Network zone", "Network", "zone", null, "zone"),
        new("firewall", "Firewall", "Security", "firewall", ElementKind.Firewall, "fw"),
        new("load-balancer", "Load balancer", "Services", "load-balancer", ElementKind.LoadBalancer, "lb"),
        new("reverse-proxy", "Reverse proxy", "Services", "proxy", ElementKind.ReverseProxy, "rproxy"),
        new("forward-proxy", "Forward proxy", "Services", "proxy", ElementKind.ForwardProxy, "proxy"),
        new("dns", "DNS server", "Services", "dns", ElementKind.DnsServer, "dns"),
        new("sap", "SAP server", "Services", "sap", ElementKind.VirtualMachine, "sap", ApplicationRole.Sap),
        new("eai", "EAI hub", "Services", "eai", ElementKind.VirtualMachine, "eai", ApplicationRole.EaiHub),
        new("database", "Database server", "Services", "database", ElementKind.VirtualMachine, "db", ApplicationRole.Db),
        new("app-server", "Application server", "Services", "app-server", ElementKind.VirtualMachine, "app", ApplicationRole.Api),
        new("web-server", "Web server", "Services", "service", ElementKind.VirtualMachine, "web", ApplicationRole.Web),
        new("storage", "NAS / SAN", "Storage", "storage", ElementKind.Storage, "nas"),
    ];

    public static PaletteItem? Find(string id) => Items.FirstOrDefault(item => item.Id == id);

    /// <summary>The icon for an element on the canvas: its role's icon if it has one, else its kind's.</summary>
    public static string IconOf(Element element)
    {
        foreach (var role in element.Roles)
        {
            if (Items.FirstOrDefault(item => item.Role == role) is { } byRole) return byRole.Icon;
        }
        return Items.First(item => item.Kind == element.Kind && item.Role is null).Icon;
    }
}
