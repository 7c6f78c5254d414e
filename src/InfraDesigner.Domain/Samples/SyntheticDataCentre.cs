using System.Net;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;
using static InfraDesigner.Domain.Samples.SampleKit;

namespace InfraDesigner.Domain.Samples;

/// <summary>
/// Generates a large, valid data-centre topology for benchmarks and engine tests, deterministically
/// from <see cref="SyntheticDataCentreOptions.Seed"/>. Every VLAN has a /20 in 10.0.0.0/8 with its gateway
/// (.1) on a router; endpoints hang off chains of access switches; firewalls join router pairs.
/// </summary>
public sealed class SyntheticDataCentre
{
    private static readonly string[] ZoneNames = ["business", "operations", "development", "dmz", "integration", "management"];
    private static readonly int[] RulePorts = [22, 80, 443, 1433, 1521, 3200, 3300, 3306, 5432, 8080];
    private static readonly VmTemplate[] Templates =
    [
        new() { Name = "rhel-8", Os = "RHEL 8", VCpu = 2, RamGb = 4, DiskGb = 40 },
        new() { Name = "windows-2019", Os = "Windows Server 2019", VCpu = 4, RamGb = 8, DiskGb = 80 },
        new() { Name = "ubuntu-22.04", Os = "Ubuntu 22.04", VCpu = 2, RamGb = 4, DiskGb = 40 },
    ];

    // Endpoint addresses are spaced two apart from .10 so a load balancer's VIP can follow its own address.
    private const int MaxEndpointsPerVlan = 2000;

    private readonly SyntheticDataCentreOptions options;
    private readonly Random random;
    private readonly List<Element> elements = [];
    private readonly List<Link> links = [];
    private readonly List<(string Name, Func<NetworkInterface, Element> Attach)> endpoints = [];

    private SyntheticDataCentre(SyntheticDataCentreOptions options)
    {
        this.options = options;
        random = new Random(options.Seed);
    }

    public static Topology Generate() => Generate(new SyntheticDataCentreOptions());

    public static Topology Generate(SyntheticDataCentreOptions options)
    {
        Check(options);
        return new SyntheticDataCentre(options).Build();
    }

    private static void Check(SyntheticDataCentreOptions options)
    {
        if (options.Vlans is < 1 or > Network.Vlan.MaxId - 100 || options.Routers < 1 || options.Zones < 1 || options.Clusters < 1
            || options.Hosts < options.Clusters || options.AccessPortsPerSwitch < 2 || options.Firewalls < 0 || options.Vms < 0
            || options.LoadBalancers < 0 || options.FirewallRules < 0 || (options.FirewallRules > 0 && options.Firewalls == 0))
        {
            throw new ArgumentException("Counts must be positive, with at least as many hosts as clusters, 1-3994 VLANs and a firewall for any rules.", nameof(options));
        }
    }

    private int VlanId(int vlan) => 100 + vlan;

    private static uint VlanNetwork(int vlan) => (10u << 24) | ((uint)vlan << 12);

    private static string Cidr(uint address, int prefix) => $"{Ipv4.FromUInt32(address)}/{prefix}";

    private string ZoneOf(int vlan) => ZoneName(vlan % options.Zones);

    private static string ZoneName(int zone) => zone < ZoneNames.Length ? ZoneNames[zone] : $"zone-{zone + 1}";

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private Topology Build()
    {
        var routers = Enumerable.Range(0, options.Routers).Select(r => $"rtr-{r + 1:D2}").ToArray();
        var clusters = Enumerable.Range(0, options.Clusters).Select(c => $"cluster-{c + 1:D2}").ToArray();
        var hosts = Enumerable.Range(0, options.Hosts).Select(h => $"host-{h + 1:D3}").ToArray();
        var vms = Enumerable.Range(0, options.Vms).Select(v => $"vm-{v + 1:D4}").ToArray();

        AddComputeEndpoints(clusters, hosts, vms);
        AddLoadBalancers(vms);
        var clients = SolveClientCount();
        for (var c = 0; c < clients; c++)
        {
            var name = $"client-{c + 1:D4}";
            endpoints.Add((name, nic => new Client { Name = name, Interfaces = [nic], Canvas = At(c % 100, 60 + (c / 100)) }));
        }
        var routerInterfaces = PlaceEndpointsOnSwitches(routers);
        var firewallRoutes = AddFirewalls(routers, routerInterfaces, vms);
        for (var r = 0; r < routers.Length; r++)
        {
            elements.Add(new Router
            {
                Name = routers[r],
                IsLayer3Switch = true,
                Interfaces = routerInterfaces[r].ToEquatableArray(),
                StaticRoutes = firewallRoutes[r].ToEquatableArray(),
                Canvas = At(r % 10, 40 + (r / 10)),
            });
        }
        while (elements.Count < options.ElementCount)
        {
            elements.Add(new Switch { Name = $"sw-spare-{elements.Count}", Interfaces = AccessPorts(VlanId(0)), Canvas = At(0, 50) });
        }
        return new Topology
        {
            Name = $"synthetic-dc-{options.ElementCount}",
            Description = $"Synthetic data centre (seed {options.Seed}): {options.Hosts} hosts, {options.Vms} VMs, {options.Vlans} VLANs, {options.Routers} routers, {options.Firewalls} firewalls with {options.FirewallRules} rules.",
            Zones = Enumerable.Range(0, options.Zones).Select(BuildZone).ToEquatableArray(),
            Vlans = Enumerable.Range(0, options.Vlans).Select(v => Vlan(VlanId(v), $"vlan-{VlanId(v)}", ZoneOf(v), Cidr(VlanNetwork(v), 20))).ToEquatableArray(),
            Templates = Templates,
            Elements = elements.ToEquatableArray(),
            Links = links.ToEquatableArray(),
        };
    }

    private NetworkZone BuildZone(int zone) => Zone(
        ZoneName(zone),
        trust: 20 + (zone * 60 / Math.Max(1, options.Zones)),
        colour: $"#{(0x4f86c6 + (zone * 0x151515)) & 0xffffff:x6}",
        column: zone * 10,
        columns: 10,
        rows: 30,
        [.. Enumerable.Range(0, options.Vlans).Where(v => v % options.Zones == zone).Select(v => Cidr(VlanNetwork(v), 20))]);

    private void AddComputeEndpoints(string[] clusters, string[] hosts, string[] vms)
    {
        var clusterHosts = clusters.Select((_, c) => hosts.Where((_, h) => h % clusters.Length == c).ToArray()).ToArray();
        for (var c = 0; c < clusters.Length; c++)
        {
            var datastore = $"ds-{c + 1:D2}";
            elements.Add(new Cluster
            {
                Name = clusters[c],
                Hosts = clusterHosts[c],
                SharedDatastores = [datastore],
                CpuOvercommitRatio = 4,
                RamOvercommitRatio = 1,
                ReservedHeadroomPercent = 10,
                Ha = new HaPolicy { Enabled = true, HostFailuresToTolerate = 1 },
                Canvas = At(c * 3, 0) with { Width = 3 * ColumnWidth, Height = 10 * RowHeight },
            });
            var canvas = At(c * 3, 11);
            endpoints.Add((datastore, nic => San(datastore, nic.Address!.Value.ToString(), canvas) with { Interfaces = [nic with { Purpose = InterfacePurpose.Storage }] }));
        }
        for (var h = 0; h < hosts.Length; h++)
        {
            var (name, cluster) = (hosts[h], clusters[h % clusters.Length]);
            endpoints.Add((name, nic => new PhysicalHost
            {
                Name = name,
                Cores = 64,
                CpuGhz = 2.6,
                RamGb = 512,
                DiskGb = 1920,
                Hypervisor = HypervisorProduct.Esxi,
                CpuModel = "Intel Xeon Gold 6348",
                CpuFamily = "ice-lake",
                ClusterName = cluster,
                Interfaces = [nic with { Purpose = InterfacePurpose.Management }],
                Canvas = At(h % clusters.Length * 3, h / clusters.Length % 10, cluster),
            }));
        }
        for (var v = 0; v < vms.Length; v++)
        {
            var name = vms[v];
            var c = v % clusters.Length;
            var role = Pick(Enum.GetValues<ApplicationRole>());
            var template = Pick(Templates);
            var host = random.Next(10) == 0 ? null : Pick(clusterHosts[c]);
            var vm = new VirtualMachine
            {
                Name = name,
                VCpu = Pick([1, 2, 4, 8]),
                RamGb = Pick([2, 4, 8, 16, 32]),
                DiskGb = Pick([40, 80, 200]),
                TemplateName = template.Name,
                GuestOs = template.Os,
                ClusterName = clusters[c],
                HostName = host,
                DatastoreName = $"ds-{c + 1:D2}",
                RestartPriority = Pick(Enum.GetValues<RestartPriority>()),
                CpuUtilisation = Math.Round(random.NextDouble(), 2),
                RamUtilisation = Math.Round(random.NextDouble(), 2),
                DirtyRateMegabytesPerSecond = random.Next(0, 400),
                Roles = [role],
                Services = ApplicationRoleCatalogue.DefaultServices(role, Pick(Enum.GetValues<DatabaseProduct>())),
            };
            var canvas = At(v % 100, 12 + (v / 100));
            endpoints.Add((name, nic => vm with { Interfaces = [nic], Canvas = canvas }));
        }
    }

    private void AddLoadBalancers(string[] vms)
    {
        for (var l = 0; l < options.LoadBalancers; l++)
        {
            var name = $"lb-{l + 1}";
            var members = vms.Length == 0 ? [] : Enumerable.Range(0, random.Next(3, 7)).Select(_ => Pick(vms)).Distinct()
                .Select(member => new PoolMember { Element = member, Port = 443, Weight = random.Next(1, 4) }).ToEquatableArray();
            var algorithm = Pick(Enum.GetValues<LoadBalancingAlgorithm>());
            endpoints.Add((name, nic => new LoadBalancer
            {
                Name = name,
                // The VIP is the address right after the balancer's own (endpoints are spaced two apart).
                Vip = Ipv4.FromUInt32(Ipv4.ToUInt32(nic.Address!.Value.Address) + 1),
                Port = 443,
                Algorithm = algorithm,
                Members = members,
                Interfaces = [nic],
                Canvas = At(l, 35),
            }));
        }
    }

    /// <summary>Clients fill what the other elements and the switches they need leave of the element count.</summary>
    private int SolveClientCount()
    {
        var rest = options.ElementCount - options.FixedElements;
        for (var clients = rest; clients >= 0; clients--)
        {
            if (clients + SwitchCount(endpoints.Count + clients) <= rest)
            {
                return clients;
            }
        }
        throw new ArgumentException($"{options.ElementCount} elements are too few for the switches the other elements need.", nameof(options));
    }

    /// <summary>Endpoints go round-robin over the VLANs; each VLAN also has one router port.</summary>
    private int SwitchCount(int endpointCount)
    {
        var total = 0;
        for (var v = 0; v < options.Vlans; v++)
        {
            var inVlan = 1 + (endpointCount / options.Vlans) + (v < endpointCount % options.Vlans ? 1 : 0);
            total += (inVlan + options.AccessPortsPerSwitch - 1) / options.AccessPortsPerSwitch;
        }
        return total;
    }

    /// <summary>Cables every endpoint to an access port of its VLAN's switch chain; returns each router's VLAN interfaces.</summary>
    private List<NetworkInterface>[] PlaceEndpointsOnSwitches(string[] routers)
    {
        var routerInterfaces = routers.Select(_ => new List<NetworkInterface>()).ToArray();
        var perVlan = Enumerable.Range(0, options.Vlans).Select(_ => new List<int>()).ToArray();
        for (var e = 0; e < endpoints.Count; e++)
        {
            perVlan[e % options.Vlans].Add(e);
        }
        if (perVlan[0].Count > MaxEndpointsPerVlan)
        {
            throw new ArgumentException($"{perVlan[0].Count} endpoints per VLAN do not fit a /20; add VLANs.", nameof(options));
        }
        var portsPerSwitch = options.AccessPortsPerSwitch;
        for (var v = 0; v < options.Vlans; v++)
        {
            var id = VlanId(v);
            var network = VlanNetwork(v);
            var gateway = Ipv4.FromUInt32(network + 1);
            var router = v % routers.Length;
            routerInterfaces[router].Add(Nic($"vlan{id}", Cidr(network + 1, 20)));
            var slots = perVlan[v].Count + 1;
            var switchCount = (slots + portsPerSwitch - 1) / portsPerSwitch;
            for (var s = 0; s < switchCount; s++)
            {
                var name = $"sw-{id}-{s + 1}";
                elements.Add(new Switch
                {
                    Name = name,
                    Interfaces = [.. Enumerable.Range(1, portsPerSwitch).Select(p => AccessPort($"ge{p}", id)), TrunkPort("uplink", [id]), TrunkPort("downlink", [id])],
                    Canvas = At((v % options.Zones * 10) + (s % 10), 20 + (v / options.Zones % 10), ZoneOf(v)),
                });
                if (s > 0)
                {
                    links.Add(Cable(name, "uplink", $"sw-{id}-{s}", "downlink"));
                }
            }
            links.Add(Cable(routers[router], $"vlan{id}", $"sw-{id}-1", "ge1"));
            for (var k = 0; k < perVlan[v].Count; k++)
            {
                var slot = k + 1;
                var (name, attach) = endpoints[perVlan[v][k]];
                var nic = new NetworkInterface
                {
                    Name = "eth0",
                    Address = new Ipv4Cidr(Ipv4.FromUInt32(network + 10 + (2 * (uint)k)), 20),
                    DefaultGateway = gateway,
                };
                var element = attach(nic);
                elements.Add(element);
                links.Add(Cable(name, element.Interfaces[0].Name, $"sw-{id}-{(slot / portsPerSwitch) + 1}", $"ge{(slot % portsPerSwitch) + 1}"));
            }
        }
        return routerInterfaces;
    }

    /// <summary>Firewall f joins two routers over /30 transit links in 172.16.0.0/12 and carries f's share of the rules.</summary>
    private List<StaticRoute>[] AddFirewalls(string[] routers, List<NetworkInterface>[] routerInterfaces, string[] vms)
    {
        var routes = routers.Select(_ => new List<StaticRoute>()).ToArray();
        var subnets = Enumerable.Range(0, options.Vlans).Select(v => new Ipv4Cidr(Ipv4.FromUInt32(VlanNetwork(v)), 20)).ToArray();
        for (var f = 0; f < options.Firewalls; f++)
        {
            var name = $"fw-{f + 1:D2}";
            var legs = new[] { f % routers.Length, (f + (routers.Length / 2)) % routers.Length };
            var interfaces = new List<NetworkInterface>();
            var firewallRoutes = new List<StaticRoute>();
            for (var leg = 0; leg < legs.Length; leg++)
            {
                var transit = (172u << 24) | (16u << 16) | ((uint)((2 * f) + leg) << 2);
                var routerIp = Ipv4.FromUInt32(transit + 1);
                var firewallIp = Ipv4.FromUInt32(transit + 2);
                var legName = leg == 0 ? "inside" : "outside";
                var routerInterface = $"to-{name}-{legName}";
                interfaces.Add(Nic(legName, Cidr(transit + 2, 30), zone: ZoneName((f + leg) % options.Zones)));
                routerInterfaces[legs[leg]].Add(Nic(routerInterface, Cidr(transit + 1, 30)));
                links.Add(Cable(routers[legs[leg]], routerInterface, name, legName));
                if (routes[legs[leg]].Count == 0)
                {
                    routes[legs[leg]].Add(new StaticRoute { Destination = Ipv4Cidr.Parse("0.0.0.0/0"), NextHop = firewallIp });
                }
                firewallRoutes.AddRange(Enumerable.Range(0, options.Vlans).Where(v => v % routers.Length == legs[leg])
                    .Select(v => new StaticRoute { Destination = subnets[v], NextHop = routerIp }));
            }
            var ruleCount = (options.FirewallRules / options.Firewalls) + (f < options.FirewallRules % options.Firewalls ? 1 : 0);
            elements.Add(new Firewall
            {
                Name = name,
                Interfaces = interfaces.ToEquatableArray(),
                StaticRoutes = firewallRoutes.DistinctBy(route => route.Destination).ToEquatableArray(),
                Rules = Enumerable.Range(0, ruleCount).Select(r => RandomRule($"rule-{r + 1}", subnets, vms)).ToEquatableArray(),
                Canvas = At(f, 38),
            });
        }
        return routes;
    }

    private FirewallRule RandomRule(string name, Ipv4Cidr[] subnets, string[] vms) => new()
    {
        Name = name,
        Source = RandomEndpoint(subnets, vms),
        Destination = RandomEndpoint(subnets, vms),
        Protocol = random.Next(5) == 0 ? Protocol.Udp : Protocol.Tcp,
        Ports = random.Next(8) == 0 ? new PortRange(8000, 8000 + random.Next(1, 100)) : PortRange.Single(Pick(RulePorts)),
        Action = random.Next(4) == 0 ? RuleAction.Deny : RuleAction.Allow,
        Log = random.Next(3) == 0,
        Enabled = random.Next(20) != 0,
    };

    private RuleEndpoint RandomEndpoint(Ipv4Cidr[] subnets, string[] vms) => random.Next(vms.Length == 0 ? 3 : 4) switch
    {
        0 => RuleEndpoint.Any,
        1 => RuleEndpoint.Zone(ZoneName(random.Next(options.Zones))),
        2 => RuleEndpoint.ForSubnet(Pick(subnets)),
        _ => RuleEndpoint.Element(Pick(vms)),
    };
}
