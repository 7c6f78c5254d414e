using System.Net;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;

namespace InfraDesigner.Domain.Tests.Topologies;

public sealed class TopologyTests
{
    private static readonly Domain.Topologies.Topology WebLb = SampleTopologies.WebLb.Topology;

    [Fact]
    public void Elements_are_found_by_name_and_by_type()
    {
        WebLb.FindElement("lb").ShouldBeOfType<LoadBalancer>();
        WebLb.FindElement<Firewall>("fw-edge")!.Rules.Count.ShouldBe(2);
        WebLb.FindElement<Firewall>("lb").ShouldBeNull();
        WebLb.FindElement("nope").ShouldBeNull();
        WebLb.ElementsOf<VirtualMachine>().Select(vm => vm.Name).ShouldBe(["web1", "web2", "web3"]);
    }

    [Fact]
    public void WithElement_replaces_an_element_of_the_same_name_in_place_or_appends_a_new_one()
    {
        var web2 = WebLb.FindElement<VirtualMachine>("web2")!;

        var replaced = WebLb.WithElement(web2 with { VCpu = 16 });
        var added = WebLb.WithElement(new Client { Name = "admin" });

        replaced.Elements.Count.ShouldBe(WebLb.Elements.Count);
        replaced.Elements[6].ShouldBe(web2 with { VCpu = 16 });
        added.Elements[^1].Name.ShouldBe("admin");
        WebLb.FindElement<VirtualMachine>("web2")!.VCpu.ShouldBe(2);
    }

    [Fact]
    public void Zones_and_vlans_are_found_by_name_and_id()
    {
        WebLb.FindZone("internet")!.TrustLevel.ShouldBe(0);
        WebLb.FindVlan(50)!.Name.ShouldBe("web");
        WebLb.FindVlan(51).ShouldBeNull();
    }

    [Theory]
    [InlineData("203.0.113.10", "internet")]
    [InlineData("10.50.10.12", "dmz")]
    [InlineData("198.51.100.10", "dmz")]
    [InlineData("192.168.1.1", null)]
    public void An_address_belongs_to_the_zone_whose_subnet_holds_it(string address, string? zone)
    {
        WebLb.ZoneOf(IPAddress.Parse(address))?.Name.ShouldBe(zone);
        (WebLb.ZoneOf(IPAddress.Parse(address)) is null).ShouldBe(zone is null);
    }

    [Fact]
    public void The_most_specific_subnet_decides_the_zone_and_vlans_claim_their_subnet_for_their_zone()
    {
        var topology = WebLb with
        {
            Zones = WebLb.Zones.Add(new NetworkZone { Name = "web-admin", Subnets = [Ipv4Cidr.Parse("10.50.10.0/28")] }),
            Vlans = WebLb.Vlans.Add(new Vlan { Id = 60, Name = "partners", ZoneName = "internet", Subnet = Ipv4Cidr.Parse("100.64.0.0/16") }),
        };

        topology.ZoneOf(IPAddress.Parse("10.50.10.11"))!.Name.ShouldBe("web-admin");
        topology.ZoneOf(IPAddress.Parse("10.50.10.20"))!.Name.ShouldBe("dmz");
        topology.ZoneOf(IPAddress.Parse("100.64.3.4"))!.Name.ShouldBe("internet");
    }
}
