using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Routing.Routers;

/// <summary>
/// Orthogonal routes that steer around other nodes (in the spirit of libavoid and draw.io): the plain
/// <see cref="OrthogonalRouter"/> route is kept when it crosses no node; otherwise an A* search over
/// the lines of the nearby nodes' edges (kept <see cref="Margin"/> away from them) finds the route of
/// least length plus <see cref="BendPenalty"/> per bend. With no obstacles given, no way round, or
/// more than <see cref="MaxObstacles"/> nodes near the link, the plain route is used.
/// </summary>
public sealed class AvoidingOrthogonalRouter : IRouter
{
    private readonly OrthogonalRouter _plain;

    public AvoidingOrthogonalRouter(double stub = 20, double margin = 10, double bendPenalty = 30, int maxObstacles = 60)
    {
        if (margin >= stub)
            throw new ArgumentException("The margin must be smaller than the stub, or a route could not leave its port.", nameof(margin));
        (Stub, Margin, BendPenalty, MaxObstacles) = (stub, margin, bendPenalty, maxObstacles);
        _plain = new OrthogonalRouter(stub);
    }

    public double Stub { get; }

    /// <summary>Clearance kept between a route and the nodes it passes.</summary>
    public double Margin { get; }

    /// <summary>How much length one bend is worth avoiding.</summary>
    public double BendPenalty { get; }

    public int MaxObstacles { get; }

    /// <summary>How far around the two ends obstacles are considered at first.</summary>
    private double Reach => 4 * Stub;

    public IReadOnlyList<Point> Route(RouteRequest request)
    {
        var plain = _plain.Route(request);
        if (request.Obstacles is not { Count: > 0 } index)
            return plain;
        var start = request.Source.Add(Scale(request.SourceSide.Outward(), Stub));
        var goal = request.Target.Add(Scale(request.TargetSide.Outward(), Stub));
        var near = index.In(Rect.FromCorners(start, goal).Inflate(Reach));
        if (!Crosses(plain, near, request))
            return plain;
        if (near.Count > MaxObstacles)
            return plain;
        var found = OrthogonalSearch.Find(
            start, OrthogonalSearch.DirectionOf(request.SourceSide.Outward()),
            goal, OrthogonalSearch.DirectionOf(Scale(request.TargetSide.Outward(), -1)),
            [.. near.Select(r => r.Inflate(Margin))], Margin, BendPenalty);
        if (found is null)
            return plain;
        return OrthogonalRouter.Simplify([request.Source, .. found, request.Target]);
    }

    /// <summary>
    /// True when a route passes through a node: the end nodes' own boxes (which the stubs leave from),
    /// any other node's box grown by the margin.
    /// </summary>
    internal bool Crosses(IReadOnlyList<Point> route, IReadOnlyList<Rect> obstacles, RouteRequest request)
    {
        foreach (var r in obstacles)
        {
            var own = r.Contains(request.Source) || r.Contains(request.Target);
            var box = own ? r : r.Inflate(Margin);
            for (var k = 1; k < route.Count; k++)
                if (SegmentEntersInterior(route[k - 1], route[k], box))
                    return true;
        }
        return false;
    }

    /// <summary>Whether an axis-parallel segment passes through the open interior of a box.</summary>
    public static bool SegmentEntersInterior(Point a, Point b, Rect box) =>
        Math.Max(a.X, b.X) > box.Left && Math.Min(a.X, b.X) < box.Right &&
        Math.Max(a.Y, b.Y) > box.Top && Math.Min(a.Y, b.Y) < box.Bottom;

    private static Point Scale(Point v, double by) => new(v.X * by, v.Y * by);
}
