using InfraDesigner.Data.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Editing;

public sealed class TopologyItemsTests
{
    [Fact]
    public void Items_are_described_as_the_user_knows_them()
    {
        var topology = SampleTopologies.Get("zones-firewall").Topology;
        var link = topology.Links.First(l => l.A.Element == "app-a" || l.B.Element == "app-a");

        TopologyItems.Describe(new ItemKey("elements", "app-a")).ShouldBe("app-a");
        TopologyItems.Describe(new ItemKey("zones", "A")).ShouldBe("Zone A");
        TopologyItems.Describe(new ItemKey("vlans", "10")).ShouldBe("VLAN 10");
        TopologyItems.Describe(TopologyItems.KeyOf(link)).ShouldBe("Link app-a/eth0 – switch/ge1");
    }
}
