using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Diagrams.Tests.Models;

public class DiagramObstaclesTests
{
    [Fact]
    public void The_obstacles_are_the_visible_nodes_and_not_open_group_frames()
    {
        var diagram = TestDiagram.Create();
        var zone = diagram.AddGroup(new GroupModel("zone"));
        diagram.Node("a", 0, 0, group: zone);
        diagram.Node("b", 300, 0);

        diagram.Obstacles.Count.ShouldBe(2);
        diagram.SetCollapsed(zone, true);
        diagram.Obstacles.Count.ShouldBe(2); // b and the collapsed zone; a is hidden
        diagram.Obstacles.In(zone.Bounds).ShouldContain(zone.Bounds);
    }

    [Fact]
    public void Moving_a_node_into_a_drawn_route_makes_that_link_route_again_around_it()
    {
        var diagram = TestDiagram.Create(o => o with { DefaultRouter = new AvoidingOrthogonalRouter() });
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 400, 0);
        var blocker = diagram.Node("blocker", 200, 400);
        var link = diagram.Link(a, b);
        Draw(diagram, link).Count.ShouldBe(2);
        var version = link.Version;

        diagram.MoveNodes([blocker], 0, -400);

        link.Version.ShouldBeGreaterThan(version);
        var route = Draw(diagram, link);
        route.Zip(route.Skip(1)).ShouldNotContain(s => AvoidingOrthogonalRouter.SegmentEntersInterior(s.First, s.Second, blocker.Bounds));
    }

    [Fact]
    public void Moving_a_node_far_from_a_route_leaves_that_link_alone()
    {
        var diagram = TestDiagram.Create(o => o with { DefaultRouter = new AvoidingOrthogonalRouter() });
        var link = diagram.Link(diagram.Node("a", 0, 0), diagram.Node("b", 400, 0));
        var other = diagram.Node("other", 0, 600);
        Draw(diagram, link);
        var version = link.Version;

        diagram.MoveNodes([other], 100, 0);

        link.Version.ShouldBe(version);
    }

    [Fact]
    public void A_node_added_on_a_drawn_route_makes_that_link_route_again()
    {
        var diagram = TestDiagram.Create(o => o with { DefaultRouter = new AvoidingOrthogonalRouter() });
        var link = diagram.Link(diagram.Node("a", 0, 0), diagram.Node("b", 400, 0));
        Draw(diagram, link);
        var version = link.Version;

        diagram.Node("pasted", 200, 0);

        link.Version.ShouldBeGreaterThan(version);
    }

    /// <summary>Routes the link as its widget does when drawing it.</summary>
    private static IReadOnlyList<Point> Draw(Diagram diagram, LinkModel link) => LinkGeometry.Drawing(diagram, link).Route;
}
