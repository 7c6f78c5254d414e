using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Diagrams.Tests.Routing.Routers;

public class OrthogonalRouterTests
{
    private readonly OrthogonalRouter _router = new(stub: 20);

    [Fact]
    public void Right_to_left_ports_are_joined_by_a_z_turning_halfway()
    {
        var route = _router.Route(new RouteRequest(new Point(100, 50), PortAlignment.Right, new Point(300, 150), PortAlignment.Left));

        route.ShouldBe([new Point(100, 50), new Point(200, 50), new Point(200, 150), new Point(300, 150)]);
    }

    [Fact]
    public void Right_to_top_ports_are_joined_by_an_l()
    {
        var route = _router.Route(new RouteRequest(new Point(100, 50), PortAlignment.Right, new Point(300, 200), PortAlignment.Top));

        route.ShouldBe([new Point(100, 50), new Point(300, 50), new Point(300, 200)]);
    }

    [Fact]
    public void Aligned_ports_facing_each_other_get_a_straight_segment()
    {
        var route = _router.Route(new RouteRequest(new Point(0, 100), PortAlignment.Bottom, new Point(0, 300), PortAlignment.Top));

        route.ShouldBe([new Point(0, 100), new Point(0, 300)]);
    }

    [Fact]
    public void A_target_behind_the_source_still_leaves_and_enters_through_the_stubs()
    {
        var route = _router.Route(new RouteRequest(new Point(300, 50), PortAlignment.Right, new Point(100, 150), PortAlignment.Left));

        route[0].ShouldBe(new Point(300, 50));
        route[1].ShouldBe(new Point(320, 50));
        route[^2].ShouldBe(new Point(80, 150));
        route[^1].ShouldBe(new Point(100, 150));
    }

    public static TheoryData<PortAlignment, PortAlignment> SidePairs()
    {
        var data = new TheoryData<PortAlignment, PortAlignment>();
        foreach (var s in Enum.GetValues<PortAlignment>())
            foreach (var t in Enum.GetValues<PortAlignment>())
                data.Add(s, t);
        return data;
    }

    [Theory]
    [MemberData(nameof(SidePairs))]
    public void Every_segment_is_horizontal_or_vertical_and_the_route_leaves_out_of_its_side(PortAlignment sourceSide, PortAlignment targetSide)
    {
        var source = new Point(10, 20);
        var target = new Point(170, 230);
        var route = _router.Route(new RouteRequest(source, sourceSide, target, targetSide));

        route[0].ShouldBe(source);
        route[^1].ShouldBe(target);
        for (var i = 1; i < route.Count; i++)
            (route[i].X == route[i - 1].X || route[i].Y == route[i - 1].Y).ShouldBeTrue($"segment {i} is diagonal");
        var outward = sourceSide.Outward();
        var first = route[1].Subtract(route[0]);
        (first.X * outward.X + first.Y * outward.Y).ShouldBeGreaterThan(0);
        route.Count.ShouldBeLessThanOrEqualTo(6);
    }
}
