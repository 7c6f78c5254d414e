using System.Net;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Editing;

public sealed class CableAddressingTests
{
    private static Topology With(params string[] paletteIds) =>
        paletteIds.Aggregate(new Topology { Name = "t" }, (t, id) => TopologyEdits.AddElement(t, ElementFactory.Create(Palette.Find(id)!, t, 0, 0)));

    private static (Topology Topology, IReadOnlyList<string> Given) Cable(Topology topology, string a, string b)
    {
        var (connected, link) = TopologyEdits.Connect(topology, a, null, b, null);
        return CableAddressing.Apply(connected, link);
    }

    private static NetworkInterface Nic(Topology topology, string element, int index = 0) => topology.FindElement(element)!.Interfaces[index];

    [Fact]
    public void A_host_on_a_switch_gets_a_host_address_and_the_router_behind_it_the_gateway()
    {
        var topology = With("vm", "switch", "router");

        var (hostCabled, given) = Cable(topology, "vm-01", "sw-01");
        var (routed, routerGiven) = Cable(hostCabled, "sw-01", "rt-01");

        Nic(hostCabled, "vm-01").Address.ShouldBe(Ipv4Cidr.Parse("10.0.1.10/24"));
        given.ShouldBe(["vm-01 eth0 10.0.1.10/24"]);
        Nic(routed, "rt-01").Address.ShouldBe(Ipv4Cidr.Parse("10.0.1.1/24"));
        Nic(routed, "vm-01").DefaultGateway.ShouldBe(IPAddress.Parse("10.0.1.1"));
        routerGiven.ShouldBe(["rt-01 ge-0/0/0 10.0.1.1/24", "vm-01 eth0 gateway 10.0.1.1"]);
        TopologyValidator.Validate(routed).Where(p => p.Severity == Severity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Hosts_on_one_switch_get_unique_addresses_and_a_new_segment_gets_a_new_subnet()
    {
        var topology = With("vm", "vm", "switch", "router", "firewall");
        topology = Cable(topology, "vm-01", "sw-01").Topology;
        topology = Cable(topology, "vm-02", "sw-01").Topology;
        topology = Cable(topology, "sw-01", "rt-01").Topology;
        topology = Cable(topology, "rt-01", "fw-01").Topology;

        Nic(topology, "vm-01").Address.ShouldBe(Ipv4Cidr.Parse("10.0.1.10/24"));
        Nic(topology, "vm-02").Address.ShouldBe(Ipv4Cidr.Parse("10.0.1.11/24"));
        Nic(topology, "vm-02").DefaultGateway.ShouldBe(IPAddress.Parse("10.0.1.1"));
        Nic(topology, "rt-01", 1).Address.ShouldBe(Ipv4Cidr.Parse("10.0.2.1/24"));
        Nic(topology, "fw-01").Address.ShouldBe(Ipv4Cidr.Parse("10.0.2.2/24"));
    }

    [Fact]
    public void A_port_in_a_vlan_with_a_subnet_addresses_the_host_in_that_subnet()
    {
        var topology = With("vm", "switch") with { Vlans = [new Vlan { Id = 10, Name = "ten", Subnet = Ipv4Cidr.Parse("192.168.10.0/24") }] };
        var switchPort = new NetworkInterface { Name = "port1", Switchport = Switchport.Access(10) };
        topology = topology.WithElement(topology.FindElement("sw-01")! with { Interfaces = [switchPort] });

        var (cabled, _) = Cable(topology, "vm-01", "sw-01");

        Nic(cabled, "vm-01").Address.ShouldBe(Ipv4Cidr.Parse("192.168.10.10/24"));
    }

    [Fact]
    public void Addresses_already_set_are_kept_and_the_next_free_one_is_taken()
    {
        var topology = With("vm", "vm", "switch");
        topology = topology.WithElement(topology.FindElement("vm-01")! with { Interfaces = [new NetworkInterface { Name = "eth0", Address = Ipv4Cidr.Parse("172.16.5.10/24"), DefaultGateway = IPAddress.Parse("172.16.5.254") }] });
        topology = Cable(topology, "vm-01", "sw-01").Topology;
        topology = Cable(topology, "vm-02", "sw-01").Topology;

        Nic(topology, "vm-01").Address.ShouldBe(Ipv4Cidr.Parse("172.16.5.10/24"));
        Nic(topology, "vm-02").Address.ShouldBe(Ipv4Cidr.Parse("172.16.5.11/24"));
    }

    [Fact]
    public void A_router_takes_the_gateway_the_hosts_already_use()
    {
        var topology = With("vm", "switch", "router");
        topology = topology.WithElement(topology.FindElement("vm-01")! with { Interfaces = [new NetworkInterface { Name = "eth0", Address = Ipv4Cidr.Parse("172.16.5.10/24"), DefaultGateway = IPAddress.Parse("172.16.5.254") }] });
        topology = Cable(topology, "vm-01", "sw-01").Topology;
        topology = Cable(topology, "sw-01", "rt-01").Topology;

        Nic(topology, "rt-01").Address.ShouldBe(Ipv4Cidr.Parse("172.16.5.254/24"));
    }

    [Fact]
    public void A_segment_behind_a_trunk_is_left_alone()
    {
        var topology = With("vm", "switch");
        var trunk = new NetworkInterface { Name = "port1", Switchport = Switchport.Trunk([10, 20]) };
        topology = topology.WithElement(topology.FindElement("sw-01")! with { Interfaces = [trunk] });

        var (cabled, given) = Cable(topology, "vm-01", "sw-01");

        Nic(cabled, "vm-01").Address.ShouldBeNull();
        given.ShouldBeEmpty();
    }
}
