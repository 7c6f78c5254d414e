using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Tests.Documents;

/// <summary>
/// FsCheck generator of random valid topologies: a small synthetic data centre of random shape, plus one
/// element of every kind the generator does not make, with random texts, positions and choices.
/// </summary>
internal static class ValidTopologies
{
    private sealed record Shape(int Seed, int Hosts, int Clusters, int Vms, int Vlans, int Routers, int Firewalls, int Rules, int Balancers, int Zones, int Ports, int Clients);

    private static readonly Gen<string> Text = ArbMap.Default.GeneratorFor<string>()
        .Where(text => text is not null && text.Length <= 200 && !text.Any(char.IsSurrogate));

    private static readonly Gen<double> Position = ArbMap.Default.GeneratorFor<NormalFloat>()
        .Select(value => Math.Clamp(value.Get, -1e6, 1e6));

    private static readonly Gen<Shape> Shapes =
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from hosts in Gen.Choose(1, 6)
        from clusters in Gen.Choose(1, hosts)
        from vms in Gen.Choose(0, 30)
        from vlans in Gen.Choose(1, 5)
        from routers in Gen.Choose(1, 3)
        from firewalls in Gen.Choose(0, 3)
        from rules in firewalls == 0 ? Gen.Constant(0) : Gen.Choose(0, 40)
        from balancers in Gen.Choose(0, 2)
        from zones in Gen.Choose(1, 7)
        from ports in Gen.Choose(2, 8)
        from clients in Gen.Choose(0, 20)
        select new Shape(seed, hosts, clusters, vms, vlans, routers, firewalls, rules, balancers, zones, ports, clients);

    public static Arbitrary<Topology> Arbitrary { get; } =
        (from shape in Shapes
         from description in Text
         from label in Text
         from x in Position
         from y in Position
         select Build(shape, description, label, x, y)).ToArbitrary();

    private static Topology Build(Shape shape, string description, string label, double x, double y)
    {
        var endpoints = shape.Hosts + shape.Clusters + shape.Vms + shape.Balancers;
        var options = new SyntheticDataCentreOptions
        {
            Seed = shape.Seed,
            Hosts = shape.Hosts,
            Clusters = shape.Clusters,
            Vms = shape.Vms,
            Vlans = shape.Vlans,
            Routers = shape.Routers,
            Firewalls = shape.Firewalls,
            FirewallRules = shape.Rules,
            LoadBalancers = shape.Balancers,
            Zones = shape.Zones,
            AccessPortsPerSwitch = shape.Ports,
        };
        // Room for the clients and for every switch they and the other endpoints can need.
        options = options with { ElementCount = options.FixedElements + shape.Clients + shape.Vlans + 1 + ((endpoints + shape.Clients + shape.Vlans) / 2) };
        var topology = SyntheticDataCentre.Generate(options);
        return WithEveryOtherKind(topology, new Random(shape.Seed), description, label, x, y);
    }

    private static Topology WithEveryOtherKind(Topology topology, Random random, string description, string label, double x, double y)
    {
        var vms = topology.ElementsOf<VirtualMachine>().Select(vm => vm.Name).ToArray();
        var someVm = vms.Length > 0 ? vms[random.Next(vms.Length)] : "host-001";
        var canvas = new CanvasInfo { X = x, Y = y, Width = random.Next(0, 400), Height = random.NextDouble() * 300, Colour = label, Collapsed = random.Next(2) == 0, ManuallyPositioned = random.Next(2) == 0, ParentName = "cluster-01" };
        Element[] extras =
        [
            new ReverseProxy
            {
                Name = "rp",
                Description = description,
                ListenAddress = random.Next(2) == 0 ? null : Ipv4.Parse("192.0.2.10"),
                ListenPort = random.Next(1, 65536),
                TlsTermination = random.Next(2) == 0,
                Routes = [new ProxyRoute { Host = label, PathPrefix = "/api", Backend = someVm, BackendPort = 8443 }],
                Canvas = canvas,
            },
            new ForwardProxy { Name = "fp", AllowedDestinations = ["*.example.com", label, "10.0.0.0/8"], Roles = [Domain.Services.ApplicationRole.Proxy] },
            new DnsServer
            {
                Name = "dns",
                Records = [new DnsRecord { Name = "app.corp", Value = "10.0.0.10" }, new DnsRecord { Name = "www.corp", Type = DnsRecordType.Cname, Value = "app.corp" }],
            },
            new ContainerHost
            {
                Name = "containers",
                RunsOn = "host-001",
                PublishedPorts = [new PublishedPort { ContainerName = label, HostPort = random.Next(1, 65536), ContainerPort = 8080, Protocol = Protocol.Udp }],
            },
            new StorageSystem
            {
                Name = "nas-x",
                Type = StorageType.Nas,
                Shares =
                [
                    new Share
                    {
                        Name = "projects",
                        Protocol = StorageProtocol.Smb,
                        Path = label,
                        Acl =
                        [
                            new ShareAccessEntry { Principal = SharePrincipal.Account("svc-batch"), Access = ShareAccess.ReadOnly },
                            new ShareAccessEntry { Principal = SharePrincipal.Group(label.Length == 0 ? "finance" : label) },
                            new ShareAccessEntry { Principal = SharePrincipal.ForSubnet(Ipv4Cidr.Parse($"10.{random.Next(256)}.0.0/16")) },
                            .. vms.Take(2).Select(vm => new ShareAccessEntry { Principal = SharePrincipal.Vm(vm) }),
                        ],
                    },
                ],
            },
        ];
        var cluster = topology.FindElement<Cluster>("cluster-01")!;
        cluster = cluster with
        {
            Ha = cluster.Ha with { AdmissionControl = (HaAdmissionControl)random.Next(3), ReservedCpuPercent = random.Next(0, 101) },
            AffinityRules = [new VmAffinityRule { Name = "apart", Kind = AffinityKind.AntiAffinity, Vms = [.. vms.Take(2)] }],
            VmHostRules = [new VmHostRule { Name = "pinned", Kind = (VmHostRuleKind)random.Next(4), Vms = [.. vms.Take(1)], Hosts = ["host-001"] }],
        };
        return topology.WithElement(cluster) with
        {
            Description = description,
            Elements = topology.WithElement(cluster).Elements.AddRange(extras),
            Zones = topology.Zones.SetItem(0, topology.Zones[0] with { Separation = Separation.Physical, Description = description }),
            NatRules =
            [
                new NatRule
                {
                    Name = "publish",
                    Type = NatType.Destination,
                    Device = "rtr-01",
                    MatchDestination = RuleEndpoint.ForSubnet(Ipv4Cidr.Parse("203.0.113.10/32")),
                    Protocol = Protocol.Tcp,
                    MatchPorts = PortRange.Single(443),
                    TranslatedAddress = Ipv4.Parse("10.0.0.10"),
                    TranslatedPort = 8443,
                },
            ],
        };
    }
}
