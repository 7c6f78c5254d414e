using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Models;

public class DiagramLinkAnchorsTests
{
    private readonly Diagram _diagram = TestDiagram.Create();

    [Fact]
    public void A_lone_link_on_a_node_attaches_in_the_middle_of_the_side_facing_the_other_end()
    {
        var sw = _diagram.Node("sw", 0, 300, 200, 50);
        var link = _diagram.Link(_diagram.Node("vm", 50, 0), sw);

        _diagram.AnchorOf(link, source: false).ShouldBe((new Point(100, 300), PortAlignment.Top));
    }

    [Fact]
    public void Links_sharing_a_side_spread_along_it_in_the_order_of_their_other_ends()
    {
        var sw = _diagram.Node("sw", 0, 300, 300, 50);
        var right = _diagram.Link(_diagram.Node("right", 400, 0), sw);
        var left = _diagram.Link(_diagram.Node("left", -300, 0), sw);
        var middle = _diagram.Link(_diagram.Node("middle", 100, 0), sw);

        _diagram.AnchorOf(left, source: false).Point.ShouldBe(new Point(75, 300));
        _diagram.AnchorOf(middle, source: false).Point.ShouldBe(new Point(150, 300));
        _diagram.AnchorOf(right, source: false).Point.ShouldBe(new Point(225, 300));
    }

    [Fact]
    public void Links_on_a_port_keep_the_port_and_do_not_take_a_share_of_the_side()
    {
        var sw = _diagram.Node("sw", 0, 300, 300, 50).WithPorts();
        var onPort = _diagram.AddLink(new LinkModel(LinkEnd.Of(_diagram.Node("a", 0, 0)), LinkEnd.Of(sw.GetPort(PortAlignment.Top)!)));
        var onNode = _diagram.Link(_diagram.Node("b", 100, 0), sw);

        _diagram.AnchorOf(onPort, source: false).Point.ShouldBe(sw.GetPort(PortAlignment.Top)!.Position);
        _diagram.AnchorOf(onNode, source: false).Point.ShouldBe(new Point(150, 300));
    }

    [Fact]
    public void A_new_link_on_a_node_makes_the_links_already_there_draw_again()
    {
        var sw = _diagram.Node("sw", 0, 300, 300, 50);
        var first = _diagram.Link(_diagram.Node("a", 0, 0), sw);
        var version = first.Version;

        _diagram.Link(_diagram.Node("b", 200, 0), sw);

        first.Version.ShouldBeGreaterThan(version);
    }

    [Fact]
    public void Moving_a_node_makes_the_links_beside_its_own_draw_again()
    {
        var sw = _diagram.Node("sw", 0, 300, 300, 50);
        var a = _diagram.Node("a", 0, 0);
        _diagram.Link(a, sw);
        var beside = _diagram.Link(_diagram.Node("b", 200, 0), sw);
        var version = beside.Version;

        _diagram.MoveNodes([a], 400, 0);

        beside.Version.ShouldBeGreaterThan(version);
    }
}
