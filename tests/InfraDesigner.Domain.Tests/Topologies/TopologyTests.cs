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
}
