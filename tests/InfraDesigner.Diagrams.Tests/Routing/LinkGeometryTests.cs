using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Diagrams.Tests.Routing;

public class LinkGeometryTests
{
    [Fact]
    public void A_link_between_ports_starts_and_ends_at_the_ports()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0, 100, 50).WithPorts();
        var b = diagram.Node("b", 300, 200, 100, 50).WithPorts();
        var link = diagram.AddLink(new LinkModel(a.GetPort(PortAlignment.Right)!, b.GetPort(PortAlignment.Left)!));

        var route = LinkGeometry.Route(link, new OrthogonalRouter());

        route[0].ShouldBe(new Point(100, 25));
        route[^1].ShouldBe(new Point(300, 225));
    }

    [Fact]
    public void A_links_own_router_wins_over_the_default()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0, 100, 50);
        var b = diagram.Node("b", 300, 200, 100, 50);
        var link = diagram.AddLink(new LinkModel(a, b) { Router = new StraightRouter() });

        LinkGeometry.Route(link, new OrthogonalRouter()).Count.ShouldBe(2);
    }
}
