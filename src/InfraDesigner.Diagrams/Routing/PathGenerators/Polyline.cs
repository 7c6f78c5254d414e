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
}
