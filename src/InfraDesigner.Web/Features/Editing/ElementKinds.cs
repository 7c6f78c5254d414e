using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// The one table of per-kind facts the app reads (palette, icons, names, layout, drawing, interfaces): one row per
/// <see cref="ElementKind"/>, so a new kind is added here or a test fails, instead of silently becoming a host.
/// </summary>
public static class ElementKinds
{
    private static readonly Func<int, string> Eth = n => $"eth{n}";
    private static readonly Func<int, string> SwitchPorts = n => $"port{n + 1}";
    private static readonly Func<int, string> RouterPorts = n => $"ge-0/0/{n}";

    public static IReadOnlyList<ElementKindInfo> All { get; } =
    [
        new(ElementKind.PhysicalHost, "host", "Physical host", "Compute", "host", "host", "physical host",
            Tier: 5, ElementShape.Frame, Nesting: 1, IsNetworkDevice: false, StartsWithNic: true, Eth) { StartSize = (260, 140) },
        new(ElementKind.Cluster, "cluster", "Cluster", "Compute", "cluster", "cluster", "cluster",
            Tier: 5, ElementShape.Frame, Nesting: 0, IsNetworkDevice: false, StartsWithNic: false, Eth) { StartSize = (360, 220) },
        new(ElementKind.VirtualMachine, "vm", "Virtual machine", "Compute", "vm", "vm", "VM",
            Tier: 5, ElementShape.Node, Nesting: 2, IsNetworkDevice: false, StartsWithNic: true, Eth),
        new(ElementKind.ContainerHost, "container", "Container host", "Compute", "container", "ctr", "container host",
            Tier: 5, ElementShape.Node, Nesting: 2, IsNetworkDevice: false, StartsWithNic: true, Eth),
        new(ElementKind.Client, "client", "Client / user", "Compute", "internet", "pc", "client",
            Tier: 0, ElementShape.Node, Nesting: 2, IsNetworkDevice: false, StartsWithNic: true, Eth),
        new(ElementKind.Switch, "switch", "Switch", "Network", "switch", "sw", "switch",
            Tier: 3, ElementShape.Node, Nesting: 2, IsNetworkDevice: true, StartsWithNic: false, SwitchPorts),
        new(ElementKind.Router, "router", "Router", "Network", "router", "rt", "router",
            Tier: 2, ElementShape.Node, Nesting: 2, IsNetworkDevice: true, StartsWithNic: false, RouterPorts),
        new(ElementKind.Firewall, "firewall", "Firewall", "Security", "firewall", "fw", "firewall",
            Tier: 1, ElementShape.Node, Nesting: 2, IsNetworkDevice: true, StartsWithNic: false, RouterPorts),
        new(ElementKind.LoadBalancer, "load-balancer", "Load balancer", "Services", "load-balancer", "lb", "load balancer",
            Tier: 4, ElementShape.Node, Nesting: 2, IsNetworkDevice: false, StartsWithNic: true, Eth),
        new(ElementKind.ReverseProxy, "reverse-proxy", "Reverse proxy", "Services", "proxy", "rproxy", "reverse proxy",
            Tier: 4, ElementShape.Node, Nesting: 2, IsNetworkDevice: false, StartsWithNic: true, Eth),
        new(ElementKind.ForwardProxy, "forward-proxy", "Forward proxy", "Services", "proxy", "proxy", "forward proxy",
            Tier: 4, ElementShape.Node, Nesting: 2, IsNetworkDevice: false, StartsWithNic: true, Eth),
        new(ElementKind.DnsServer, "dns", "DNS server", "Services", "dns", "dns", "DNS server",
            Tier: 4, ElementShape.Node, Nesting: 2, IsNetworkDevice: false, StartsWithNic: true, Eth),
        new(ElementKind.Storage, "storage", "NAS / SAN", "Storage", "storage", "nas", "NAS/SAN",
            Tier: 6, ElementShape.Node, Nesting: 2, IsNetworkDevice: false, StartsWithNic: true, Eth),
    ];

    private static readonly Dictionary<ElementKind, ElementKindInfo> ByKind = All.ToDictionary(info => info.Kind);

    public static ElementKindInfo Of(ElementKind kind) =>
        ByKind.TryGetValue(kind, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(kind), kind, "No row in ElementKinds for this kind.");
}
