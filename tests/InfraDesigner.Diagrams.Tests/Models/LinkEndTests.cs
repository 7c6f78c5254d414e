using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Models;

public class LinkEndTests
{
    [Theory]
    [InlineData(500, 25, PortAlignment.Right, 100, 25)]
    [InlineData(-500, 25, PortAlignment.Left, 0, 25)]
    [InlineData(50, 500, PortAlignment.Bottom, 50, 50)]
    [InlineData(50, -500, PortAlignment.Top, 50, 0)]
    public void A_link_to_a_node_without_a_port_attaches_to_the_side_facing_the_other_end(double towardsX, double towardsY, PortAlignment side, double x, double y)
    {
        var node = new NodeModel("n", new Point(0, 0), new Size(100, 50));

        var anchor = LinkEnd.Of(node).Anchor(new Point(towardsX, towardsY));

        anchor.Side.ShouldBe(side);
        anchor.Point.ShouldBe(new Point(x, y));
    }

    [Fact]
    public void A_link_to_a_node_hidden_in_a_collapsed_group_attaches_to_the_group()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host"));
        var vm = diagram.Node("vm", 100, 100, group: host).WithPorts();
        diagram.SetCollapsed(host, true);

        var end = LinkEnd.Of(vm.Ports[0]);

        end.VisibleNode.ShouldBeSameAs(host);
        host.Bounds.Contains(end.Anchor(new Point(1000, 0)).Point).ShouldBeTrue();
    }
}
