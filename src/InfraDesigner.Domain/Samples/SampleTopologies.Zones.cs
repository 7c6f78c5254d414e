using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Topologies;
using static InfraDesigner.Domain.Samples.SampleKit;

namespace InfraDesigner.Domain.Samples;

public static partial class SampleTopologies
{
    /// <summary>Question 1: zones A and B behind fw-ab with default deny and no allow rule yet.</summary>
    public static SampleTopology ZonesFirewall { get; } = new(
        "zones-firewall",
        "Zones A and B behind a firewall",
        "VM app-a in zone A asks for sap (zone B) on the SAP gateway port tcp 3300. Firewall fw-ab denies by default and has no allow rule yet: add one and ask again.",
        BuildZones(throughEai: false));

    /// <summary>Question 2: the same zones plus an integration zone with the EAI hub; policy "through the EAI".</summary>
    public static SampleTopology ZonesEai { get; } = new(
        "zones-eai",
        "Zone A reaches SAP only through the EAI hub",
        "The standard across zones: app-a (zone A) → eai:443 (integration zone) → sap:3300 (zone B). fw-ab allows app-a → eai tcp 443 and eai → sap tcp 3300, and denies app-a → sap tcp 3300.",
        BuildZones(throughEai: true));

    /// <summary>Both zone samples: zones-eai is zones-firewall plus the integration zone, its VLAN, eai and the policy rules.</summary>
    private static Topology BuildZones(bool throughEai)
    {
        var zoneBColumn = throughEai ? 4 : 3;
        var zones = new List<NetworkZone> { Zone("A", 60, "#4f86c6", 0, 2, 3, "10.10.10.0/24", "10.0.0.0/30") };
        var vlans = new List<Vlan> { Vlan(10, "zone-a-servers", "A", "10.10.10.0/24"), Vlan(20, "zone-b-servers", "B", "10.20.20.0/24") };
        var firewallInterfaces = new List<NetworkInterface> { Nic("inside", "10.0.0.2/30", zone: "A"), Nic("outside", "10.20.20.1/24", zone: "B") };
        var routerRoutes = new List<StaticRoute> { Route("10.20.20.0/24", "10.0.0.2") };
        var switchVlans = new List<int> { 10, 10, 20, 20 };
        var links = new List<Link>
        {
            Cable("app-a", "eth0", "switch", "ge1"),
            Cable("router", "ge0", "switch", "ge2"),
            Cable("router", "ge1", "fw-ab", "inside"),
            Cable("fw-ab", "outside", "switch", "ge3"),
            Cable("sap", "eth0", "switch", "ge4"),
        };
        var rules = new List<FirewallRule>();
        var integration = new List<Element>();
        if (throughEai)
        {
            zones.Add(Zone("integration", 70, "#5cb85c", 3, 1, 3, "10.30.30.0/24"));
            vlans.Add(Vlan(30, "integration", "integration", "10.30.30.0/24"));
            firewallInterfaces.Add(Nic("integration", "10.30.30.1/24", zone: "integration"));
            routerRoutes.Add(Route("10.30.30.0/24", "10.0.0.2"));
            switchVlans.AddRange([30, 30]);
            links.AddRange([Cable("fw-ab", "integration", "switch", "ge5"), Cable("eai", "eth0", "switch", "ge6")]);
            rules.AddRange(
            [
                Rule("app-a-to-eai", "app-a", "eai", 443, RuleAction.Allow),
                Rule("eai-to-sap", "eai", "sap", 3300, RuleAction.Allow),
                Rule("app-a-to-sap-denied", "app-a", "sap", 3300, RuleAction.Deny),
            ]);
            integration.Add(new VirtualMachine
            {
                Name = "eai",
                Description = "EAI hub: field mapping, format conversion, logging and retries between zone A and SAP.",
                TemplateName = "rhel-8",
                GuestOs = "RHEL 8",
                VCpu = 4,
                RamGb = 16,
                DiskGb = 100,
                Roles = [ApplicationRole.EaiHub],
                Services = ApplicationRoleCatalogue.DefaultServices(ApplicationRole.EaiHub),
                Interfaces = [Nic("eth0", "10.30.30.10/24", "10.30.30.1")],
                Canvas = At(3, 0, "integration"),
            });
        }
        zones.Add(Zone("B", 80, "#d9534f", zoneBColumn, 1, 3, "10.20.20.0/24"));
        Element[] elements =
        [
            new VirtualMachine
            {
                Name = "app-a",
                Description = "Application server in zone A that needs SAP data.",
                TemplateName = "rhel-8",
                GuestOs = "RHEL 8",
                VCpu = 4,
                RamGb = 8,
                DiskGb = 80,
                Roles = [ApplicationRole.Api],
                Services = [ApplicationRoleCatalogue.Https, ApplicationRoleCatalogue.Ssh],
                Interfaces = [Nic("eth0", "10.10.10.10/24", "10.10.10.1")],
                Canvas = At(0, 0, "A"),
            },
            new Router
            {
                Name = "router",
                Description = "Gateway of zone A; routes to zone B through fw-ab.",
                Interfaces = [Nic("ge0", "10.10.10.1/24"), Nic("ge1", "10.0.0.1/30")],
                StaticRoutes = routerRoutes.ToEquatableArray(),
                Canvas = At(1, 1, "A"),
            },
            new Firewall
            {
                Name = "fw-ab",
                Description = "Stateful firewall between the zones; default deny.",
                Interfaces = firewallInterfaces.ToEquatableArray(),
                StaticRoutes = [Route("10.10.10.0/24", "10.0.0.1")],
                Rules = rules.ToEquatableArray(),
                DefaultAction = RuleAction.Deny,
                Stateful = true,
                Canvas = At(2, 0),
            },
            new Switch
            {
                Name = "switch",
                Description = "Shared access switch: zones are separated logically by VLANs.",
                Interfaces = AccessPorts([.. switchVlans]),
                Canvas = At(2, 2),
            },
            new VirtualMachine
            {
                Name = "sap",
                Description = "SAP system (instance 00) in zone B.",
                TemplateName = "sles-15",
                GuestOs = "SLES 15 for SAP",
                VCpu = 8,
                RamGb = 64,
                DiskGb = 500,
                Roles = [ApplicationRole.Sap],
                Services = ApplicationRoleCatalogue.SapServices(0),
                Interfaces = [Nic("eth0", "10.20.20.10/24", "10.20.20.1")],
                Canvas = At(zoneBColumn, 0, "B"),
            },
            .. integration,
        ];
        return new Topology
        {
            Name = throughEai ? "zones-eai" : "zones-firewall",
            Description = throughEai ? "Zone A reaches SAP in zone B only through the EAI hub." : "Zones A and B separated by fw-ab (default deny).",
            Zones = zones.ToEquatableArray(),
            Vlans = vlans.ToEquatableArray(),
            Templates =
            [
                new VmTemplate { Name = "rhel-8", Os = "RHEL 8", VCpu = 2, RamGb = 4, DiskGb = 40 },
                new VmTemplate { Name = "sles-15", Os = "SLES 15 for SAP", VCpu = 8, RamGb = 64, DiskGb = 200 },
            ],
            Elements = elements,
            Links = links.ToEquatableArray(),
        };
    }

    private static StaticRoute Route(string destination, string nextHop) =>
        new() { Destination = Ipv4Cidr.Parse(destination), NextHop = Ipv4.Parse(nextHop) };

    private static FirewallRule Rule(string name, string source, string destination, int port, RuleAction action) => new()
    {
        Name = name,
        Source = RuleEndpoint.Element(source),
        Destination = RuleEndpoint.Element(destination),
        Protocol = Protocol.Tcp,
        Ports = PortRange.Single(port),
        Action = action,
        Log = action == RuleAction.Deny,
    };
}
