using System.Text;
using InfraDesigner.Diagrams.Geometry;
using static InfraDesigner.Diagrams.Routing.PathGenerators.SvgNumber;

namespace InfraDesigner.Diagrams.Routing.PathGenerators;

/// <summary>Straight segments through every point of the route.</summary>
public sealed class StraightPathGenerator : IPathGenerator
{
    public PathData Generate(IReadOnlyList<Point> route)
    {
        var d = new StringBuilder();
        for (var i = 0; i < route.Count; i++)
            d.Append(i == 0 ? "M " : " L ").Append(Format(route[i].X)).Append(' ').Append(Format(route[i].Y));
        return new PathData(d.ToString(), Polyline.Midpoint(route));
    }
}
