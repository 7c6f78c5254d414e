using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Topologies;
using static InfraDesigner.Domain.Samples.SampleKit;

namespace InfraDesigner.Domain.Samples;

public static partial class SampleTopologies
{
    /// <summary>Question 4: user → fw-edge (80/443 only) → router → lb → web1..web3.</summary>
    public static SampleTopology WebLb { get; } = new(
        "web-lb",
        "A web site behind a load balancer",
        "Internet client user → firewall fw-edge (allows only tcp 80/443 inbound) → router → L4 load balancer lb (VIP 198.51.100.10:443) → web1, web2, web3. Try port 22, then mark web2 unhealthy.",
        new Topology
        {
            Name = "web-lb",
            Description = "User request path through an edge firewall and an L4 load balancer.",
            Zones =
            [
                Zone("internet", 0, "#999999", 0, 1, 3, "203.0.113.0/24"),
                Zone("dmz", 40, "#f0ad4e", 1, 4, 3, "172.16.0.0/30", "198.51.100.0/24", "10.50.10.0/24"),
            ],
            Vlans = [Vlan(50, "web", "dmz", "10.50.10.0/24")],
            Templates = [new VmTemplate { Name = "ubuntu-22.04", Os = "Ubuntu 22.04", VCpu = 2, RamGb = 4, DiskGb = 40 }],
            Elements =
            [
                new Client
                {
                    Name = "user",
                    Description = "A customer's browser somewhere on the Internet.",
                    Interfaces = [Nic("eth0", "203.0.113.10/24", "203.0.113.1")],
                    Canvas = At(0, 1, "internet"),
                },
                new Firewall
                {
                    Name = "fw-edge",
                    Description = "Edge firewall: only HTTP and HTTPS come in.",
                    Interfaces = [Nic("outside", "203.0.113.1/24", zone: "internet"), Nic("inside", "172.16.0.1/30", zone: "dmz")],
                    StaticRoutes = [Route("198.51.100.0/24", "172.16.0.2"), Route("10.50.10.0/24", "172.16.0.2")],
                    Rules =
                    [
                        InboundWeb("allow-http-in", 80),
                        InboundWeb("allow-https-in", 443),
                    ],
                    Canvas = At(1, 1, "dmz"),
                },
                new Router
                {
                    Name = "router",
                    Interfaces = [Nic("ge0", "172.16.0.2/30"), Nic("ge1", "198.51.100.1/24")],
                    StaticRoutes = [Route("0.0.0.0/0", "172.16.0.1"), Route("10.50.10.0/24", "198.51.100.5")],
                    Canvas = At(2, 1, "dmz"),
                },
                new LoadBalancer
                {
                    Name = "lb",
                    Description = "L4 load balancer; VIP 198.51.100.10:443 spread round robin over the web pool.",
                    Vip = Ipv4.Parse("198.51.100.10"),
                    Port = 443,
                    Protocol = Protocol.Tcp,
                    Algorithm = LoadBalancingAlgorithm.RoundRobin,
                    Members = [Member("web1"), Member("web2"), Member("web3")],
                    HealthCheck = new HealthCheck { IntervalSeconds = 5, Rise = 2, Fall = 3, Port = 443 },
                    Interfaces = [Nic("outside", "198.51.100.5/24", "198.51.100.1"), Nic("inside", "10.50.10.1/24")],
                    Canvas = At(3, 1, "dmz"),
                },
                new Switch { Name = "sw-web", Interfaces = AccessPorts(50, 50, 50, 50), Canvas = At(3, 2, "dmz") },
                Web("web1", "10.50.10.11/24", 0),
                Web("web2", "10.50.10.12/24", 1),
                Web("web3", "10.50.10.13/24", 2),
            ],
            Links =
            [
                Cable("user", "eth0", "fw-edge", "outside"),
                Cable("fw-edge", "inside", "router", "ge0"),
                Cable("router", "ge1", "lb", "outside"),
                Cable("lb", "inside", "sw-web", "ge1"),
                Cable("web1", "eth0", "sw-web", "ge2"),
                Cable("web2", "eth0", "sw-web", "ge3"),
                Cable("web3", "eth0", "sw-web", "ge4"),
            ],
        });


    private static FirewallRule InboundWeb(string name, int port) => new()
    {
        Name = name,
        Source = RuleEndpoint.Zone("internet"),
        Destination = RuleEndpoint.Zone("dmz"),
        Protocol = Protocol.Tcp,
        Ports = PortRange.Single(port),
        Action = RuleAction.Allow,
    };

    private static PoolMember Member(string name) => new() { Element = name, Port = 443, Weight = 1 };

    private static VirtualMachine Web(string name, string cidr, int row) => new()
    {
        Name = name,
        Description = "Web server in the pool behind lb.",
        TemplateName = "ubuntu-22.04",
        GuestOs = "Ubuntu 22.04",
        Roles = [ApplicationRole.Web],
        Services = [ApplicationRoleCatalogue.Https],
        Interfaces = [Nic("eth0", cidr, "10.50.10.1")],
        Canvas = At(4, row, "dmz"),
    };
}
