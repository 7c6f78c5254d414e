using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Routing.Routers;

/// <summary>
/// Horizontal and vertical segments only: leaves each end straight out of its side for
/// <see cref="Stub"/>, then joins the two stubs with an L (one bend) or a Z (two bends).
/// It does not avoid other nodes.
/// </summary>
public sealed class OrthogonalRouter(double stub = 20) : IRouter
{
    public double Stub { get; } = stub;

    public IReadOnlyList<Point> Route(RouteRequest request)
    {
        var s = request.Source;
        var t = request.Target;
        var s1 = s.Add(Scale(request.SourceSide.Outward(), Stub));
        var t1 = t.Add(Scale(request.TargetSide.Outward(), Stub));
        var points = new List<Point> { s, s1 };
        points.AddRange(Join(s1, request.SourceSide, t1, request.TargetSide));
        points.Add(t1);
        points.Add(t);
        return Simplify(points);
    }

    private static IEnumerable<Point> Join(Point a, PortAlignment aSide, Point b, PortAlignment bSide)
    {
        if (a.X.Equals(b.X) || a.Y.Equals(b.Y))
            yield break;
        var aHorizontal = aSide.IsHorizontal();
        if (aHorizontal != bSide.IsHorizontal())
        {
            // L: keep going along the source direction, turn once into the target's axis.
            yield return aHorizontal ? new Point(b.X, a.Y) : new Point(a.X, b.Y);
            yield break;
        }
        // Z: turn halfway between the two stubs.
        if (aHorizontal)
        {
            var midX = (a.X + b.X) / 2;
            yield return new Point(midX, a.Y);
            yield return new Point(midX, b.Y);
        }
        else
        {
            var midY = (a.Y + b.Y) / 2;
            yield return new Point(a.X, midY);
            yield return new Point(b.X, midY);
        }
    }

    private static Point Scale(Point v, double by) => new(v.X * by, v.Y * by);

    /// <summary>Drops repeated points and middle points of straight runs; a run that turns back is kept, so stubs stay visible.</summary>
    internal static IReadOnlyList<Point> Simplify(List<Point> points)
    {
        var result = new List<Point>();
        foreach (var p in points)
        {
            if (result.Count > 0 && result[^1] == p)
                continue;
            if (result.Count >= 2 && ContinuesStraight(result[^2], result[^1], p))
                result[^1] = p;
            else
                result.Add(p);
        }
        return result;
    }

    private static bool ContinuesStraight(Point a, Point b, Point c)
    {
        var collinear = (a.X.Equals(b.X) && b.X.Equals(c.X)) || (a.Y.Equals(b.Y) && b.Y.Equals(c.Y));
        return collinear && (b.X - a.X) * (c.X - b.X) + (b.Y - a.Y) * (c.Y - b.Y) > 0;
    }
}
