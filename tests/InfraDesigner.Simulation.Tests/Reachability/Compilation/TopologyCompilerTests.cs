using System.Net;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Compilation;
using M = InfraDesigner.Simulation.Reachability.Model;
using static InfraDesigner.Simulation.Tests.Reachability.Compilation.SampleEdits;

namespace InfraDesigner.Simulation.Tests.Reachability.Compilation;

public class TopologyCompilerTests
{
    private static NetworkSnapshot Compile(string sample) => TopologyCompiler.Compile(Sample(sample));

    [Fact]
    public void A_topology_with_validation_errors_is_refused_with_its_problems()
    {
        var broken = Sample("vlans") with { Links = Sample("vlans").Links.Add(Link.Between("PC1", "eth0", "nowhere", "ge1")) };

        var refused = Should.Throw<TopologyCompilationException>(() => TopologyCompiler.Compile(broken));

        refused.Problems.ShouldContain(p => p.IsError && p.Message.Contains("nowhere"));
    }

    [Fact]
    public void Every_element_becomes_a_device_of_the_matching_kind()
    {
        var snapshot = Compile("web-lb");

        snapshot.Devices.Select(d => (d.Name, d.Kind)).ShouldBe(
        [
            ("user", M.DeviceKind.Host), ("fw-edge", M.DeviceKind.Firewall), ("router", M.DeviceKind.Router), ("lb", M.DeviceKind.LoadBalancer),
            ("sw-web", M.DeviceKind.Switch), ("web1", M.DeviceKind.VirtualMachine), ("web2", M.DeviceKind.VirtualMachine), ("web3", M.DeviceKind.VirtualMachine),
        ]);
        TopologyCompiler.Compile(Sample("vlans").WithElement(new Router { Name = "l3", IsLayer3Switch = true })).Device("l3").Kind.ShouldBe(M.DeviceKind.L3Switch);
    }

    [Fact]
    public void Interfaces_keep_address_gateway_and_the_zone_of_their_address()
    {
        var nic = Compile("zones-firewall").Device("app-a").Interfaces.Single();

        nic.ShouldBe(new M.NetworkInterface("eth0", IPAddress.Parse("10.10.10.10"), 24, IPAddress.Parse("10.10.10.1"), "A"));
        Compile("zones-firewall").Device("app-a").Zone.ShouldBe("A");
    }

    [Fact]
    public void Firewall_interfaces_are_bound_to_their_zone()
    {
        var fw = Compile("zones-eai").Device("fw-ab");

        fw.Interfaces.Select(i => (i.Name, i.Zone)).ShouldBe([("inside", "A"), ("outside", "B"), ("integration", "integration")]);
    }

    [Fact]
    public void Switch_ports_become_access_and_trunk_ports_with_their_native_vlan()
    {
        var topology = Sample("vlans").WithElement(new Switch
        {
            Name = "sw2",
            Interfaces = [new NetworkInterface { Name = "ge1", Switchport = Switchport.Access(10) }, new NetworkInterface { Name = "ge2", Switchport = Switchport.Trunk([10], 20) }],
        });

        var ports = TopologyCompiler.Compile(topology).Device("sw2").Interfaces.Select(i => i.Port).ToArray();

        ports[0].ShouldBe(new M.AccessPort(10));
        var trunk = ports[1].ShouldBeOfType<M.TrunkPort>();
        trunk.AllowedVlans.ShouldBe([10]);
        trunk.NativeVlan.ShouldBe(20);
    }

    [Fact]
    public void Routers_and_firewalls_keep_their_static_and_default_routes()
    {
        var router = Compile("web-lb").Device("router");

        router.Routes.ShouldBe(
        [
            new M.StaticRoute(IPNetwork.Parse("0.0.0.0/0"), IPAddress.Parse("172.16.0.1")),
            new M.StaticRoute(IPNetwork.Parse("10.50.10.0/24"), IPAddress.Parse("198.51.100.5")),
        ]);
        Compile("web-lb").Device("fw-edge").Routes.Count.ShouldBe(2);
    }

    [Fact]
    public void Firewall_rules_are_mapped_one_for_one_in_order_with_names_default_action_and_state()
    {
        var disabled = new FirewallRule { Name = "old", Source = RuleEndpoint.ForSubnet(Ipv4Cidr.Parse("10.10.10.0/24")), Destination = RuleEndpoint.Any, Protocol = Protocol.Any, Enabled = false };
        var policy = TopologyCompiler.Compile(WithRule(Sample("zones-eai"), "fw-ab", disabled)).Device("fw-ab").Policy!;

        policy.Rules.Select(r => r.ToString()).ShouldBe(
        [
            "app-a-to-eai: allow host app-a -> host eai tcp 443",
            "eai-to-sap: allow host eai -> host sap tcp 3300",
            "app-a-to-sap-denied: deny host app-a -> host sap tcp 3300",
            "old: allow 10.10.10.0/24 -> any any (disabled)",
        ]);
        policy.DefaultAction.ShouldBe(RuleAction.Deny);
        policy.Stateful.ShouldBeTrue();
        Compile("web-lb").Device("fw-edge").Policy!.Rules[0].Source.ShouldBe(M.AddressMatch.OfZone("internet"));
    }

    [Fact]
    public void A_load_balancer_vip_is_its_first_address_and_serves_the_enabled_pool_members()
    {
        var topology = Sample("web-lb");
        var lb = topology.FindElement<LoadBalancer>("lb")!;
        topology = topology.WithElement(lb with { Members = [.. lb.Members.Take(2), lb.Members[2] with { Enabled = false }] });

        var device = TopologyCompiler.Compile(topology).Device("lb");

        device.Interfaces[0].Address.ShouldBe(IPAddress.Parse("198.51.100.10"));
        var service = device.VirtualServices.Single();
        (service.Address, service.Port, service.Protocol).ShouldBe((IPAddress.Parse("198.51.100.10"), 443, Protocol.Tcp));
        service.Members.ShouldBe([new M.PoolMember(IPAddress.Parse("10.50.10.11"), 443), new M.PoolMember(IPAddress.Parse("10.50.10.12"), 443)]);
    }

    [Fact]
    public void A_reverse_proxy_forwards_to_its_route_backends()
    {
        var proxy = new ReverseProxy
        {
            Name = "proxy",
            ListenPort = 443,
            Interfaces = [new NetworkInterface { Name = "eth0", Address = Ipv4Cidr.Parse("10.50.10.5/24") }],
            Routes = [new ProxyRoute { Backend = "web1", BackendPort = 443 }, new ProxyRoute { PathPrefix = "/api", Backend = "web2", BackendPort = 8443 }],
        };

        var service = TopologyCompiler.Compile(Sample("web-lb").WithElement(proxy)).Device("proxy").VirtualServices.Single();

        service.Address.ShouldBe(IPAddress.Parse("10.50.10.5"));
        service.Members.ShouldBe([new M.PoolMember(IPAddress.Parse("10.50.10.11"), 443), new M.PoolMember(IPAddress.Parse("10.50.10.12"), 8443)]);
    }

    [Fact]
    public void Nat_rules_become_masquerade_on_the_translating_interface_and_published_services()
    {
        NatRule[] rules =
        [
            new() { Name = "hide-web", Type = NatType.Source, Device = "fw-edge", MatchSource = RuleEndpoint.ForSubnet(Ipv4Cidr.Parse("10.50.10.0/24")), TranslatedAddress = IPAddress.Parse("203.0.113.1") },
            new() { Name = "publish-web1", Type = NatType.Destination, Device = "fw-edge", MatchDestination = RuleEndpoint.ForSubnet(Ipv4Cidr.Parse("203.0.113.80/32")), Protocol = Protocol.Tcp, MatchPorts = PortRange.Single(8080), TranslatedAddress = IPAddress.Parse("10.50.10.11"), TranslatedPort = 443 },
        ];

        var fw = TopologyCompiler.Compile(Sample("web-lb") with { NatRules = [.. rules] }).Device("fw-edge");

        fw.SourceNats.ShouldBe([new M.SourceNatRule("outside", IPNetwork.Parse("10.50.10.0/24"))]);
        var published = fw.VirtualServices.Single();
        (published.Address, published.Port, published.SourceNat).ShouldBe((IPAddress.Parse("203.0.113.80"), 8080, false));
        published.Members.ShouldBe([new M.PoolMember(IPAddress.Parse("10.50.10.11"), 443)]);
        fw.Interfaces.ShouldContain(i => i.Name == "outside:publish-web1" && IPAddress.Parse("203.0.113.80").Equals(i.Address));
    }

    [Fact]
    public void Services_become_listeners()
    {
        Compile("zones-firewall").Device("sap").Listeners.ShouldBe([new M.Listener("sap-dispatcher", Protocol.Tcp, 3200), new M.Listener("sap-gateway", Protocol.Tcp, 3300)]);
    }

    [Fact]
    public void Share_acls_admit_subnets_as_written_vms_by_their_addresses_and_accounts_from_anywhere()
    {
        var topology = Sample("nas-share");
        var nas = topology.FindElement<StorageSystem>("nas")!;
        Share Open(string name, SharePrincipal principal) => new() { Name = name, Protocol = StorageProtocol.Smb, Acl = [new ShareAccessEntry { Principal = principal }] };
        topology = topology.WithElement(nas with { Shares = [.. nas.Shares, Open("by-vm", SharePrincipal.Vm("vm3")), Open("by-account", SharePrincipal.Account("svc-batch"))] });

        var shares = TopologyCompiler.Compile(topology).Device("nas").Shares;

        shares[0].ShouldBe(new M.ShareAcl("share1", 2049, shares[0].AllowedClients));
        shares[0].AllowedClients.ShouldBe([IPNetwork.Parse("10.60.10.21/32"), IPNetwork.Parse("10.60.10.22/32")]);
        (shares[1].Port, shares[1].AllowedClients.Single()).ShouldBe((445, IPNetwork.Parse("10.60.10.13/32")));
        shares[2].AllowedClients.Single().ShouldBe(IPNetwork.Parse("0.0.0.0/0"));
    }

    [Fact]
    public void Cables_between_enabled_interfaces_become_links_and_a_disabled_interface_drops_its_cable()
    {
        var topology = Sample("vlans");
        var pc4 = topology.FindElement<Client>("PC4")!;
        topology = topology.WithElement(pc4 with { Interfaces = [pc4.Interfaces[0] with { Enabled = false }] });

        var links = TopologyCompiler.Compile(topology).Links;

        links.ShouldBe([new M.Link("PC1", "eth0", "sw1", "ge1"), new M.Link("PC2", "eth0", "sw1", "ge2"), new M.Link("PC3", "eth0", "sw1", "ge3")]);
    }

    [Fact]
    public void A_rule_edit_recompiles_only_that_firewalls_policy_and_answers_like_a_full_compile()
    {
        var before = Sample("zones-firewall");
        var after = WithRule(before, "fw-ab", AppAToSap);

        var edited = TopologyCompiler.WithFirewallRules(TopologyCompiler.Compile(before), after.FindElement<Firewall>("fw-ab")!);

        edited.Device("fw-ab").Policy.ShouldBe(TopologyCompiler.Compile(after).Device("fw-ab").Policy, new PolicyComparer());
        var question = new Simulation.Reachability.Tracing.TraceQuestion("app-a", "sap", Protocol.Tcp, 3300);
        Simulation.Reachability.Tracing.TraceAnalyzer.Analyze(edited, question).Reachable.ShouldBeTrue();
    }

    [Fact]
    public void Recompiling_after_a_rules_only_edit_shares_every_other_device_and_answers_like_a_full_compile()
    {
        var before = Sample("zones-firewall");
        var compiled = TopologyCompiler.Compile(before);
        var after = WithRule(before, "fw-ab", AppAToSap);

        var recompiled = TopologyCompiler.Recompile(before, compiled, after);

        recompiled.Device("app-a").ShouldBeSameAs(compiled.Device("app-a"));
        recompiled.Device("fw-ab").Policy.ShouldBe(TopologyCompiler.Compile(after).Device("fw-ab").Policy, new PolicyComparer());
        Simulation.Reachability.Tracing.TraceAnalyzer.Analyze(recompiled, new Simulation.Reachability.Tracing.TraceQuestion("app-a", "sap", Protocol.Tcp, 3300)).Reachable.ShouldBeTrue();
    }

    [Fact]
    public void Recompiling_after_any_other_edit_compiles_afresh()
    {
        var before = Sample("zones-firewall");
        var compiled = TopologyCompiler.Compile(before);
        var firewall = before.FindElement<Firewall>("fw-ab")!;
        var after = WithRule(before, "fw-ab", AppAToSap).WithElement(WithRule(before, "fw-ab", AppAToSap).FindElement<Firewall>("fw-ab")! with { DefaultAction = firewall.DefaultAction == RuleAction.Deny ? RuleAction.Allow : RuleAction.Deny });

        var recompiled = TopologyCompiler.Recompile(before, compiled, after);

        recompiled.Device("app-a").ShouldNotBeSameAs(compiled.Device("app-a"));
        recompiled.Device("fw-ab").Policy.ShouldBe(TopologyCompiler.Compile(after).Device("fw-ab").Policy, new PolicyComparer());
        TopologyCompiler.Recompile(before, compiled, before).ShouldBeSameAs(compiled);
    }

    private sealed class PolicyComparer : IEqualityComparer<M.FirewallPolicy?>
    {
        public bool Equals(M.FirewallPolicy? x, M.FirewallPolicy? y) =>
            x is not null && y is not null && x.Rules.SequenceEqual(y.Rules) && x.DefaultAction == y.DefaultAction && x.Stateful == y.Stateful;

        public int GetHashCode(M.FirewallPolicy? obj) => obj?.Rules.Count ?? 0;
    }
}
