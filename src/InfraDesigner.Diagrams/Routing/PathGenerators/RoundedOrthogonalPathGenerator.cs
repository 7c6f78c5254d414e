using System.Text;
using InfraDesigner.Diagrams.Geometry;
using static InfraDesigner.Diagrams.Routing.PathGenerators.SvgNumber;

namespace InfraDesigner.Diagrams.Routing.PathGenerators;

/// <summary>Straight segments with each bend rounded by a quadratic curve of at most <see cref="Radius"/>.</summary>
public sealed class RoundedOrthogonalPathGenerator(double radius = 8) : IPathGenerator
{
    public double Radius { get; } = radius;

    public PathData Generate(IReadOnlyList<Point> route)
    {
        var d = new StringBuilder();
        if (route.Count == 0)
            return new PathData("", Point.Zero);
        Move(d, "M ", route[0]);
        for (var i = 1; i < route.Count - 1; i++)
        {
            var corner = route[i];
            // Never round more than half a segment, so neighbouring bends cannot overlap.
            var r = Math.Min(Radius, Math.Min(corner.DistanceTo(route[i - 1]), corner.DistanceTo(route[i + 1])) / 2);
            Move(d, " L ", Toward(corner, route[i - 1], r));
            Move(d, " Q ", corner);
            Move(d, " ", Toward(corner, route[i + 1], r));
        }
        if (route.Count > 1)
            Move(d, " L ", route[^1]);
        return new PathData(d.ToString(), Polyline.LabelSpot(route));
    }

    private static void Move(StringBuilder d, string command, Point p) =>
        d.Append(command).Append(Format(p.X)).Append(' ').Append(Format(p.Y));

    private static Point Toward(Point from, Point to, double distance)
    {
        var length = from.DistanceTo(to);
        return length == 0 ? from : new Point(from.X + (to.X - from.X) / length * distance, from.Y + (to.Y - from.Y) / length * distance);
    }
}
