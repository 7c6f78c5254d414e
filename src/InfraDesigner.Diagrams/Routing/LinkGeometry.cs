using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing.Obstacles;
using InfraDesigner.Diagrams.Routing.PathGenerators;
using InfraDesigner.Diagrams.Routing.Routers;

namespace InfraDesigner.Diagrams.Routing;

/// <summary>Computes the drawn path of a link from its ends, its router and its path generator.</summary>
public static class LinkGeometry
{
    /// <param name="obstacles">The node boxes an avoiding router steers around (<see cref="Diagram.Obstacles"/>).</param>
    public static IReadOnlyList<Point> Route(LinkModel link, IRouter defaultRouter, ObstacleIndex? obstacles = null)
    {
        var sourceCenter = link.Source.VisibleNode.Bounds.Center;
        var targetCenter = link.Target.VisibleNode.Bounds.Center;
        var source = link.Source.Anchor(link.Target.Port?.Position ?? targetCenter);
        var target = link.Target.Anchor(link.Source.Port?.Position ?? sourceCenter);
        return (link.Router ?? defaultRouter).Route(new RouteRequest(source.Point, source.Side, target.Point, target.Side) { Obstacles = obstacles });
    }

    public static PathData Path(LinkModel link, IRouter defaultRouter, IPathGenerator defaultGenerator, ObstacleIndex? obstacles = null) =>
        (link.PathGenerator ?? defaultGenerator).Generate(Route(link, defaultRouter, obstacles));
}
