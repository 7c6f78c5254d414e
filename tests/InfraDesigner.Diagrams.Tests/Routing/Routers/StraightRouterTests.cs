using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Diagrams.Tests.Routing.Routers;

public class StraightRouterTests
{
    [Fact]
    public void A_straight_route_is_just_its_two_ends() =>
        new StraightRouter().Route(new RouteRequest(new Point(1, 2), PortAlignment.Top, new Point(30, 40), PortAlignment.Left))
            .ShouldBe([new Point(1, 2), new Point(30, 40)]);
}
