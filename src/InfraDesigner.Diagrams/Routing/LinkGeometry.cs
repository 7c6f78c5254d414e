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
        var source = link.Source.Anchor(link.Target.Reference);
        var target = link.Target.Anchor(link.Source.Reference);
        return (link.Router ?? defaultRouter).Route(new RouteRequest(source.Point, source.Side, target.Point, target.Side) { Obstacles = obstacles });
    }

    /// <summary>The route as the canvas draws it: anchors spread by <see cref="Diagram.AnchorOf"/>, the diagram's obstacles.</summary>
    public static IReadOnlyList<Point> Route(Diagram diagram, LinkModel link)
    {
        var source = diagram.AnchorOf(link, source: true);
        var target = diagram.AnchorOf(link, source: false);
        return (link.Router ?? diagram.Options.DefaultRouter).Route(new RouteRequest(source.Point, source.Side, target.Point, target.Side) { Obstacles = diagram.Obstacles });
    }

    /// <summary>The link as the canvas draws it; routed again only when its version changed since the last time.</summary>
    public static LinkDrawing Drawing(Diagram diagram, LinkModel link)
    {
        if (link.Drawn is { } drawn && drawn.Version == link.Version)
            return drawn;
        var route = Route(diagram, link);
        var drawing = new LinkDrawing(link.Version, route, (link.PathGenerator ?? diagram.Options.DefaultPathGenerator).Generate(route));
        link.RememberDrawing(drawing);
        return drawing;
    }

    public static PathData Path(LinkModel link, IRouter defaultRouter, IPathGenerator defaultGenerator, ObstacleIndex? obstacles = null) =>
        (link.PathGenerator ?? defaultGenerator).Generate(Route(link, defaultRouter, obstacles));
}
