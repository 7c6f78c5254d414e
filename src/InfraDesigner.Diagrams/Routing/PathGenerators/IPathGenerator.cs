using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Routing.PathGenerators;

/// <summary>Draws a route (a polyline) as an SVG path.</summary>
public interface IPathGenerator
{
    PathData Generate(IReadOnlyList<Point> route);
}
