using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Routing.PathGenerators;

/// <summary>Measures along a polyline.</summary>
public static class Polyline
{
    /// <summary>The point halfway along the polyline's length.</summary>
    public static Point Midpoint(IReadOnlyList<Point> points)
    {
        if (points.Count == 0)
            return Point.Zero;
        var total = 0.0;
        for (var i = 1; i < points.Count; i++)
            total += points[i - 1].DistanceTo(points[i]);
        var remaining = total / 2;
        for (var i = 1; i < points.Count; i++)
        {
            var length = points[i - 1].DistanceTo(points[i]);
            if (length >= remaining && length > 0)
            {
                var f = remaining / length;
                return new Point(points[i - 1].X + (points[i].X - points[i - 1].X) * f, points[i - 1].Y + (points[i].Y - points[i - 1].Y) * f);
            }
            remaining -= length;
        }
        return points[^1];
    }

    /// <summary>
    /// Where a horizontal label reads best on an orthogonal route: the middle of its longest horizontal
    /// segment, else the middle of its longest segment. Links that meet near a node keep their labels
    /// apart this way, where halfway along the path they would pile up at the shared ends.
    /// </summary>
    public static Point LabelSpot(IReadOnlyList<Point> points)
    {
        if (points.Count < 2)
            return Midpoint(points);
        var (best, bestHorizontal) = (1, -1);
        for (var i = 1; i < points.Count; i++)
        {
            var length = points[i - 1].DistanceTo(points[i]);
            if (length > points[best - 1].DistanceTo(points[best]))
                best = i;
            if (points[i - 1].Y == points[i].Y && (bestHorizontal < 0 || length > points[bestHorizontal - 1].DistanceTo(points[bestHorizontal])))
                bestHorizontal = i;
        }
        var segment = bestHorizontal > 0 ? bestHorizontal : best;
        return Midpoint([points[segment - 1], points[segment]]);
    }
}
