using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing.Obstacles;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Diagrams.Tests.Routing.Routers;

public class AvoidingOrthogonalRouterTests
{
    private readonly AvoidingOrthogonalRouter _router = new(stub: 20, margin: 10);

    private static readonly Rect Left = new(0, 0, 100, 60);
    private static readonly Rect Right = new(400, 0, 100, 60);
    private static readonly Rect Between = new(200, -40, 100, 140);

    private static RouteRequest RightToLeft(params Rect[] obstacles) =>
        new(new Point(100, 30), PortAlignment.Right, new Point(400, 30), PortAlignment.Left) { Obstacles = new ObstacleIndex(obstacles) };

    [Fact]
    public void With_nothing_in_the_way_the_route_is_the_plain_orthogonal_route()
    {
        var request = new RouteRequest(new Point(100, 30), PortAlignment.Right, new Point(400, 130), PortAlignment.Left)
        {
            Obstacles = new ObstacleIndex([Left, Right with { Top = 100 }, new Rect(2000, 2000, 100, 60)]),
        };

        _router.Route(request).ShouldBe(new OrthogonalRouter(20).Route(request));
    }

    [Fact]
    public void A_node_between_the_ends_is_steered_around_with_few_bends()
    {
        var route = _router.Route(RightToLeft(Left, Right, Between));

        route[0].ShouldBe(new Point(100, 30));
        route[^1].ShouldBe(new Point(400, 30));
        Enters(route, [Left, Right, Between]).ShouldBeFalse();
        Bends(route).ShouldBeLessThanOrEqualTo(4);
        route.ShouldAllBe(p => p.Y <= Between.Top - 10 || p.Y >= Between.Bottom + 10 || p.Y == 30);
    }

    [Fact]
    public void A_target_behind_the_source_is_reached_around_the_source_not_through_it()
    {
        var request = new RouteRequest(new Point(500, 30), PortAlignment.Right, new Point(0, 30), PortAlignment.Left)
        {
            Obstacles = new ObstacleIndex([Left, Right]),
        };

        var route = _router.Route(request);

        Enters(route, [Left, Right]).ShouldBeFalse();
        route[1].ShouldBe(new Point(520, 30));
        route[^2].ShouldBe(new Point(-20, 30));
        Bends(route).ShouldBe(4);
    }

    [Fact]
    public void An_end_boxed_in_by_other_nodes_falls_back_to_the_plain_route()
    {
        // The source's stub ends inside a node pressed against it: no way out, so the plain route is kept.
        var pressed = new Rect(105, 0, 50, 60);
        var request = RightToLeft(Left, Right, pressed);

        _router.Route(request).ShouldBe(new OrthogonalRouter(20).Route(request));
    }

    [Fact]
    public void Too_many_nodes_near_the_link_fall_back_to_the_plain_route()
    {
        var router = new AvoidingOrthogonalRouter(maxObstacles: 2);
        var request = RightToLeft(Left, Right, Between);

        router.Route(request).ShouldBe(new OrthogonalRouter(20).Route(request));
    }

    [Fact]
    public void Without_obstacles_it_routes_like_the_plain_router()
    {
        var request = new RouteRequest(new Point(100, 30), PortAlignment.Right, new Point(400, 30), PortAlignment.Left);

        _router.Route(request).ShouldBe(new OrthogonalRouter(20).Route(request));
    }

    [Fact]
    public void A_margin_as_wide_as_the_stub_is_refused() =>
        Should.Throw<ArgumentException>(() => new AvoidingOrthogonalRouter(stub: 10, margin: 10));

    [Fact]
    public void Routes_among_random_nodes_start_and_end_at_the_ports_and_never_cross_a_node()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(RandomScenes.Arbitrary, scene =>
        {
            var route = _router.Route(scene.Request);
            return route[0] == scene.Request.Source
                && route[^1] == scene.Request.Target
                && Orthogonal(route)
                && !Enters(route, scene.Nodes);
        }));
    }

    [Fact]
    public void Routes_among_random_nodes_are_the_plain_route_whenever_that_crosses_no_node()
    {
        var plain = new OrthogonalRouter(20);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(RandomScenes.Arbitrary, scene =>
        {
            var simple = plain.Route(scene.Request);
            var clear = !_router.Crosses(simple, scene.Nodes, scene.Request);
            return !clear || _router.Route(scene.Request).SequenceEqual(simple);
        }));
    }

    private static bool Enters(IReadOnlyList<Point> route, IReadOnlyList<Rect> nodes) =>
        route.Zip(route.Skip(1)).Any(s => nodes.Any(n => AvoidingOrthogonalRouter.SegmentEntersInterior(s.First, s.Second, n)));

    private static bool Orthogonal(IReadOnlyList<Point> route) =>
        route.Zip(route.Skip(1)).All(s => s.First.X == s.Second.X || s.First.Y == s.Second.Y);

    private static int Bends(IReadOnlyList<Point> route) => Math.Max(0, route.Count - 2);
}
