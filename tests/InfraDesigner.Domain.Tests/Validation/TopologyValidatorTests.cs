using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Tests.Validation;

public sealed class TopologyValidatorTests
{
    private static readonly Topology Zones = SampleTopologies.ZonesEai.Topology;
    private static readonly Topology Capacity = SampleTopologies.ClusterCapacity.Topology;
    private static readonly Topology Web = SampleTopologies.WebLb.Topology;
    private static readonly Topology TwoVlans = SampleTopologies.Vlans.Topology;
    private static readonly Topology Nas = SampleTopologies.NasShare.Topology;

    /// <summary>One broken topology per kind of problem, with the problem it must raise.</summary>
    private static readonly Dictionary<string, (Func<Topology> Break, Problem Expected)> Cases = new()
    {
        ["duplicate element name"] = (
            () => Edit<VirtualMachine>(Zones, "eai", vm => vm with { Name = "sap" }, append: true),
            Problem.Error("elements[6].name", "Another element is already named 'sap' (elements[4]).")),
        ["empty element name"] = (
            () => Zones with { Elements = Zones.Elements.SetItem(0, Zones.Elements[0] with { Name = "" }) },
            Problem.Error("elements[0].name", "An element needs a name.")),
        ["name too long"] = (
            () => Zones with { Elements = Zones.Elements.Add(new Client { Name = new string('n', 201) }) },
            Problem.Error("elements[6].name", "Names are at most 200 characters; this one has 201.")),
        ["description too long"] = (
            () => Edit<VirtualMachine>(Zones, "sap", vm => vm with { Description = new string('d', 4001) }),
            Problem.Error("elements[4].description", "Descriptions are at most 4,000 characters; this one has 4,001.")),
        ["duplicate topology name of a zone"] = (
            () => Zones with { Zones = Zones.Zones.SetItem(2, Zones.Zones[2] with { Name = "A" }) },
            Problem.Error("zones[2].name", "Another zone is already named 'A' (zones[0]).")),
        ["duplicate interface name"] = (
            () => Edit<Firewall>(Zones, "fw-ab", fw => fw with { Interfaces = fw.Interfaces.Add(fw.Interfaces[0] with { Address = null }) }),
            Problem.Error("elements[2].interfaces[3].name", "Another interface is already named 'inside' (elements[2].interfaces[0]).")),
        ["duplicate IP in a subnet"] = (
            () => EditNic(Web, "web2", nic => nic with { Address = Ipv4Cidr.Parse("10.50.10.11/24") }),
            Problem.Error("elements[6].interfaces[0].address", "10.50.10.11 is already used by web1/eth0 (elements[5].interfaces[0]).")),
        ["gateway outside the subnet"] = (
            () => EditNic(Zones, "app-a", nic => nic with { DefaultGateway = Ipv4.Parse("10.10.20.1") }),
            Problem.Error("elements[0].interfaces[0].defaultGateway", "Gateway 10.10.20.1 is outside the interface's subnet 10.10.10.0/24.")),
        ["gateway without an address"] = (
            () => EditNic(Zones, "app-a", nic => nic with { Address = null }),
            Problem.Error("elements[0].interfaces[0].defaultGateway", "A default gateway needs an address on the same interface.")),
        ["network address on a host"] = (
            () => EditNic(Zones, "app-a", nic => nic with { Address = Ipv4Cidr.Parse("10.10.10.0/24") }),
            Problem.Error("elements[0].interfaces[0].address", "10.10.10.0 is the network address of 10.10.10.0/24, not a host address.")),
        ["invalid MAC"] = (
            () => EditNic(Zones, "app-a", nic => nic with { Mac = "00:50:56:zz:00:01" }),
            Problem.Error("elements[0].interfaces[0].mac", "'00:50:56:zz:00:01' is not a MAC address (like 00:50:56:ab:cd:ef).")),
        ["VLAN id out of range"] = (
            () => Zones with { Vlans = Zones.Vlans.Add(new Vlan { Id = 5000, Name = "too-big" }) },
            Problem.Error("vlans[3].id", "VLAN id 5000 is outside 1-4094.")),
        ["duplicate VLAN id"] = (
            () => Zones with { Vlans = Zones.Vlans.Add(new Vlan { Id = 20, Name = "again" }) },
            Problem.Error("vlans[3].id", "VLAN 20 is already defined (vlans[1]).")),
        ["VLAN in a missing zone"] = (
            () => Zones with { Vlans = Zones.Vlans.SetItem(0, Zones.Vlans[0] with { ZoneName = "Z" }) },
            Problem.Error("vlans[0].zoneName", "No zone named 'Z'.")),
        ["access VLAN not defined"] = (
            () => EditPort(TwoVlans, "sw1", 0, Switchport.Access(99)),
            Problem.Error("elements[2].interfaces[0].switchport.accessVlan", "VLAN 99 is not defined in the topology's VLANs.")),
        ["access port without a VLAN"] = (
            () => EditPort(TwoVlans, "sw1", 0, new Switchport { Mode = SwitchportMode.Access }),
            Problem.Error("elements[2].interfaces[0].switchport.accessVlan", "An access port needs its VLAN.")),
        ["trunk VLAN not defined"] = (
            () => EditPort(TwoVlans, "sw1", 4, Switchport.Trunk([10, 30])),
            Problem.Error("elements[2].interfaces[4].switchport.allowedVlans[1]", "VLAN 30 is not defined in the topology's VLANs.")),
        ["VLAN not allowed on the trunk it must cross"] = (
            () => WithSecondSwitch(Switchport.Trunk([20])),
            Problem.Error("links[4]", "VLAN 10 of sw2/ge1 is not allowed on the trunk sw1/ge5 it must cross.")),
        ["access ports of different VLANs cabled together"] = (
            () => WithSecondSwitch(Switchport.Access(20)),
            Problem.Warning("links[4]", "Access ports in VLAN 10 (sw2/ge1) and VLAN 20 (sw1/ge5) are cabled together; frames change VLAN here.")),
        ["link endpoint element missing"] = (
            () => Zones with { Links = Zones.Links.Add(Link.Between("ghost", "eth0", "switch", "ge1")) },
            Problem.Error("links[7].a.element", "No element named 'ghost' for this link end.")),
        ["link endpoint interface missing"] = (
            () => Zones with { Links = Zones.Links.Add(Link.Between("sap", "eth9", "router", "ge9")) },
            Problem.Error("links[7].a.interface", "sap has no interface named 'eth9'.")),
        ["interface cabled twice"] = (
            () => Zones with { Links = Zones.Links.Add(Link.Between("sap", "eth0", "router", "ge0")) },
            Problem.Error("links[7].a", "sap/eth0 is already cabled by links[4]; an interface takes one cable.")),
        ["link to itself"] = (
            () => Zones with { Links = Zones.Links.Add(Link.Between("sap", "eth0", "sap", "eth0")) },
            Problem.Error("links[7]", "A link cannot connect sap/eth0 to itself.")),
        ["link speed not positive"] = (
            () => Zones with { Links = Zones.Links.SetItem(0, Zones.Links[0] with { SpeedMbps = 0 }) },
            Problem.Error("links[0].speedMbps", "A link speed must be greater than 0 (it is 0).")),
        ["VM with more vCPU than any host in its cluster"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { VCpu = 32 }),
            Problem.Error("elements[3].vCpu", "'vm1' needs 32 vCPU but the largest host in cluster 'cluster1' has 20 cores.")),
        ["VM with more RAM than any host in its cluster"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { RamGb = 256 }),
            Problem.Error("elements[3].ramGb", "'vm1' needs 256 GB RAM but the largest host in cluster 'cluster1' has 128 GB.")),
        ["VM reserving more CPU than its limit"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { CpuReservationMhz = 4000, CpuLimitMhz = 2000 }),
            Problem.Error("elements[3].cpuReservationMhz", "The CPU reservation (4000) cannot exceed the CPU limit (2000).")),
        ["VM reserving more memory than it has"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { MemoryReservationGb = 64 }),
            Problem.Error("elements[3].memoryReservationGb", "The memory reservation (64) cannot exceed the VM's RAM or memory limit (48).")),
        ["VM with no CPU shares"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { CpuShares = 0 }),
            Problem.Error("elements[3].cpuShares", "CPU shares must be at least 1 (it is 0).")),
        ["dedicated failover host outside the cluster"] = (
            () => Edit<Cluster>(Capacity, "cluster1", c => c with { Ha = c.Ha with { FailoverHosts = ["host2", "host9"] } }),
            Problem.Error("elements[0].ha.failoverHosts[1]", "'host9' is not a host of cluster 'cluster1'.")),
        ["VM placed on a missing host"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { HostName = "host9" }),
            Problem.Error("elements[3].hostName", "No element named 'host9' (physical host).")),
        ["VM placed on something that is not a host"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { HostName = "sw1" }),
            Problem.Error("elements[3].hostName", "'sw1' is a switch, not a physical host.")),
        ["VM placed on a host outside its cluster"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { ClusterName = "cluster2" })
                .WithElement(new Cluster { Name = "cluster2" }),
            Problem.Error("elements[3].hostName", "Host 'host1' is not in cluster 'cluster2'.")),
        ["VM template missing"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { TemplateName = "windows-95" }),
            Problem.Error("elements[3].templateName", "No VM template named 'windows-95'.")),
        ["VM datastore missing"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { DatastoreName = "san9" }),
            Problem.Error("elements[3].datastoreName", "No element named 'san9' (storage).")),
        ["utilisation above 1"] = (
            () => Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { CpuUtilisation = 1.5 }),
            Problem.Error("elements[3].cpuUtilisation", "CPU utilisation must be between 0 and 1 (it is 1.5).")),
        ["host cores not positive"] = (
            () => Edit<PhysicalHost>(Capacity, "host2", host => host with { Cores = 0 }),
            Problem.Error("elements[2].cores", "Cores must be at least 1 (it is 0).")),
        ["CPU overcommit ratio zero"] = (
            () => Edit<Cluster>(Capacity, "cluster1", cluster => cluster with { CpuOvercommitRatio = 0 }),
            Problem.Error("elements[0].cpuOvercommitRatio", "The CPU overcommit ratio (1 = no overcommit) must be greater than 0 (it is 0).")),
        ["RAM overcommit ratio negative"] = (
            () => Edit<Cluster>(Capacity, "cluster1", cluster => cluster with { RamOvercommitRatio = -1 }),
            Problem.Error("elements[0].ramOvercommitRatio", "The RAM overcommit ratio (1 = no overcommit) must be greater than 0 (it is -1).")),
        ["cluster host missing"] = (
            () => Edit<Cluster>(Capacity, "cluster1", cluster => cluster with { Hosts = cluster.Hosts.Add("host3") }),
            Problem.Error("elements[0].hosts[2]", "No element named 'host3' (physical host).")),
        ["HA tolerating as many failures as there are hosts"] = (
            () => Edit<Cluster>(Capacity, "cluster1", cluster => cluster with { Ha = cluster.Ha with { HostFailuresToTolerate = 2 } }),
            Problem.Warning("elements[0].ha.hostFailuresToTolerate", "Tolerating 2 host failures needs more than 2 hosts.")),
        ["affinity rule naming a missing VM"] = (
            () => Edit<Cluster>(Capacity, "cluster1", cluster => cluster with { AffinityRules = [new VmAffinityRule { Name = "apart", Vms = ["vm1", "vm9"] }] }),
            Problem.Error("elements[0].affinityRules[0].vms[1]", "No element named 'vm9' (VM).")),
        ["rule referring to a missing zone"] = (
            () => EditRule(Zones, 0, rule => rule with { Source = RuleEndpoint.Zone("C") }),
            Problem.Error("elements[2].rules[0].source", "No zone named 'C'.")),
        ["rule referring to a missing element"] = (
            () => EditRule(Zones, 1, rule => rule with { Destination = RuleEndpoint.Element("sapp") }),
            Problem.Error("elements[2].rules[1].destination", "No element named 'sapp' (element).")),
        ["rule port out of range"] = (
            () => EditRule(Zones, 0, rule => rule with { Ports = PortRange.Single(70000) }),
            Problem.Error("elements[2].rules[0].ports", "Port 70000 is outside 1-65535.")),
        ["rule port range reversed"] = (
            () => EditRule(Zones, 0, rule => rule with { Ports = new PortRange(9000, 8000) }),
            Problem.Error("elements[2].rules[0].ports", "Port range 9000-8000 is reversed: the first port must not exceed the last.")),
        ["ports on an icmp rule"] = (
            () => EditRule(Zones, 0, rule => rule with { Protocol = Protocol.Icmp }),
            Problem.Warning("elements[2].rules[0].ports", "Ports only apply to tcp and udp; they are ignored for icmp.")),
        ["firewall interface in a missing zone"] = (
            () => EditNic(Zones, "fw-ab", nic => nic with { ZoneName = "Q" }),
            Problem.Error("elements[2].interfaces[0].zoneName", "No zone named 'Q'.")),
        ["service port out of range"] = (
            () => Edit<VirtualMachine>(Zones, "sap", vm => vm with { Services = vm.Services.Add(Service.Tcp("broken", 0)) }),
            Problem.Error("elements[4].services[2].port", "Port 0 is outside 1-65535.")),
        ["load balancer member missing"] = (
            () => Edit<LoadBalancer>(Web, "lb", lb => lb with { Members = lb.Members.SetItem(1, lb.Members[1] with { Element = "web9" }) }),
            Problem.Error("elements[3].members[1].element", "No element named 'web9' (pool member).")),
        ["load balancer port out of range"] = (
            () => Edit<LoadBalancer>(Web, "lb", lb => lb with { Port = 65536 }),
            Problem.Error("elements[3].port", "Port 65536 is outside 1-65535.")),
        ["static route through a missing interface"] = (
            () => Edit<Router>(Web, "router", router => router with { StaticRoutes = [new StaticRoute { Destination = Ipv4Cidr.Parse("10.0.0.0/8"), InterfaceName = "ge7" }] }),
            Problem.Error("elements[2].staticRoutes[0].interfaceName", "router has no interface named 'ge7'.")),
        ["NAT on something that does not route"] = (
            () => Web with { NatRules = [new NatRule { Name = "publish", Device = "web1", TranslatedAddress = Ipv4.Parse("10.50.10.11") }] },
            Problem.Error("natRules[0].device", "'web1' is a virtual machine; NAT is done by a router or firewall.")),
        ["share ACL naming a missing VM"] = (
            () => Edit<StorageSystem>(Nas, "nas", nas => nas with { Shares = [nas.Shares[0] with { Acl = [new ShareAccessEntry { Principal = SharePrincipal.Vm("vm-old") }] }] }),
            Problem.Error("elements[10].shares[0].acl[0].principal", "No element named 'vm-old' (VM).")),
        ["DNS A record that is not an address"] = (
            () => Zones.WithElement(new DnsServer { Name = "dns", Records = [new DnsRecord { Name = "sap.corp", Value = "sap" }] }),
            Problem.Error("elements[6].records[0].value", "sap is not an IPv4 address.")),
        ["DNS record without a name"] = (
            () => WithDns(new DnsRecord { Name = " ", Value = "10.10.10.5" }),
            Problem.Error("elements[6].records[0].name", "A DNS record needs a name.")),
        ["DNS CNAME without a target"] = (
            () => WithDns(new DnsRecord { Name = "www.corp", Type = DnsRecordType.Cname, Value = "" }),
            Problem.Error("elements[6].records[0].value", "A CNAME record needs the name it points to.")),
        ["DNS name with a CNAME and another record"] = (
            () => WithDns(new DnsRecord { Name = "sap.corp", Value = "10.20.20.10" }, new DnsRecord { Name = "SAP.corp", Type = DnsRecordType.Cname, Value = "erp.corp" }),
            Problem.Error("elements[6].records[1].name", "'SAP.corp' already has a record (records[0]); a name with a CNAME can have no other record.")),
        ["proxy route to a missing backend"] = (
            () => WithProxy(new ProxyRoute { Backend = "sap9" }),
            Problem.Error("elements[6].routes[0].backend", "No element named 'sap9' (backend).")),
        ["proxy route to the proxy itself"] = (
            () => WithProxy(new ProxyRoute { Backend = "rp" }),
            Problem.Error("elements[6].routes[0].backend", "rp cannot be its own backend.")),
        ["proxy path prefix not from the root"] = (
            () => WithProxy(new ProxyRoute { PathPrefix = "api", Backend = "sap" }),
            Problem.Error("elements[6].routes[0].pathPrefix", "A path prefix starts with '/' (like /api); 'api' does not.")),
        ["proxy route repeating an earlier one"] = (
            () => WithProxy(new ProxyRoute { Host = "sap.corp", PathPrefix = "/api", Backend = "sap" }, new ProxyRoute { Host = "SAP.corp", PathPrefix = "/api", Backend = "eai" }),
            Problem.Warning("elements[6].routes[1].pathPrefix", "routes[0] already takes SAP.corp/api; this route is never used.")),
        ["static route with host bits set"] = (
            () => WithRouterRoute(new StaticRoute { Destination = Ipv4Cidr.Parse("10.40.0.7/16"), NextHop = Ipv4.Parse("10.0.0.2") }),
            Problem.Warning("elements[1].staticRoutes[2].destination", "10.40.0.7/16 has host bits set; the route is for 10.40.0.0/16.")),
        ["static route repeating an earlier destination"] = (
            () => WithRouterRoute(new StaticRoute { Destination = Ipv4Cidr.Parse("10.20.20.0/24"), InterfaceName = "ge1" }),
            Problem.Warning("elements[1].staticRoutes[2].destination", "staticRoutes[0] is already a route to 10.20.20.0/24.")),
        ["static route next hop outside every subnet"] = (
            () => WithRouterRoute(new StaticRoute { Destination = Ipv4Cidr.Parse("10.40.0.0/16"), NextHop = Ipv4.Parse("192.0.2.1") }),
            Problem.Warning("elements[1].staticRoutes[2].nextHop", "Next hop 192.0.2.1 is not in any subnet of router's interfaces.")),
        ["static route next hop outside the subnet of its interface"] = (
            () => WithRouterRoute(new StaticRoute { Destination = Ipv4Cidr.Parse("10.40.0.0/16"), NextHop = Ipv4.Parse("10.0.0.2"), InterfaceName = "ge0" }),
            Problem.Warning("elements[1].staticRoutes[2].nextHop", "Next hop 10.0.0.2 is not in the subnet of ge0 (10.10.10.0/24).")),
        ["canvas parent missing"] = (
            () => Edit<VirtualMachine>(Zones, "sap", vm => vm with { Canvas = vm.Canvas with { ParentName = "Z" } }),
            Problem.Warning("elements[4].canvas.parentName", "No element or zone named 'Z' to contain 'sap'.")),
        ["containment cycle"] = (
            () => Edit<Router>(Edit<VirtualMachine>(Zones, "app-a", vm => vm with { Canvas = vm.Canvas with { ParentName = "router" } }),
                "router", router => router with { Canvas = router.Canvas with { ParentName = "app-a" } }),
            Problem.Error("elements[0].canvas.parentName", "Containment cycle: app-a → router → app-a.")),
        ["zone subnets overlapping"] = (
            () => Zones with { Zones = Zones.Zones.SetItem(2, Zones.Zones[2] with { Subnets = [Ipv4Cidr.Parse("10.10.0.0/16")] }) },
            Problem.Warning("zones[2].subnets[0]", "10.10.0.0/16 overlaps 10.10.10.0/24 of zone 'A'.")),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_kind_of_problem_is_reported_with_its_path_and_message(string name)
    {
        var (breakTopology, expected) = Cases[name];

        var problems = TopologyValidator.Validate(breakTopology());

        problems.ShouldContain(expected, $"got: {string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var broken = Edit<VirtualMachine>(Capacity, "vm1", vm => vm with { VCpu = 64, HostName = "host9", TemplateName = "nope" }) with
        {
            Vlans = Capacity.Vlans.Add(new Vlan { Id = 0, Name = "zero" }),
        };

        var problems = TopologyValidator.Validate(broken);

        problems.Select(problem => problem.Path).ShouldBe(["vlans[1].id", "elements[3].templateName", "elements[3].hostName", "elements[3].vCpu"], ignoreOrder: true);
        problems.ShouldAllBe(problem => problem.Severity == Severity.Error);
    }

    [Fact]
    public void Warnings_alone_do_not_count_as_errors()
    {
        var problems = TopologyValidator.Validate(Cases["canvas parent missing"].Break());

        problems.ShouldNotBeEmpty();
        problems.HasErrors().ShouldBeFalse();
    }

    private static Topology Edit<T>(Topology topology, string name, Func<T, T> change, bool append = false) where T : Element
    {
        var changed = change(topology.FindElement<T>(name)!);
        return append ? topology with { Elements = topology.Elements.Add(changed) } : topology.WithElement(changed);
    }

    private static Topology WithDns(params DnsRecord[] records) => Zones.WithElement(new DnsServer { Name = "dns", Records = records });

    private static Topology WithProxy(params ProxyRoute[] routes) => Zones.WithElement(new ReverseProxy { Name = "rp", Routes = routes });

    private static Topology WithRouterRoute(StaticRoute route) => Edit<Router>(Zones, "router", router => router with { StaticRoutes = router.StaticRoutes.Add(route) });

    private static Topology EditNic(Topology topology, string element, Func<NetworkInterface, NetworkInterface> change) =>
        Edit<Element>(topology, element, found => found with { Interfaces = found.Interfaces.SetItem(0, change(found.Interfaces[0])) });

    private static Topology EditPort(Topology topology, string element, int port, Switchport switchport) =>
        Edit<Element>(topology, element, found => found with { Interfaces = found.Interfaces.SetItem(port, found.Interfaces[port] with { Switchport = switchport }) });

    private static Topology EditRule(Topology topology, int rule, Func<FirewallRule, FirewallRule> change) =>
        Edit<Firewall>(topology, "fw-ab", firewall => firewall with { Rules = firewall.Rules.SetItem(rule, change(firewall.Rules[rule])) });

    /// <summary>vlans sample plus switch sw2 whose VLAN 10 access port is cabled to sw1/ge5 set up as given.</summary>
    private static Topology WithSecondSwitch(Switchport sw1Ge5)
    {
        var topology = EditPort(TwoVlans, "sw1", 4, sw1Ge5)
            .WithElement(new Switch { Name = "sw2", Interfaces = [new NetworkInterface { Name = "ge1", Switchport = Switchport.Access(10) }] });
        return topology with { Links = topology.Links.Add(Link.Between("sw2", "ge1", "sw1", "ge5")) };
    }
}
