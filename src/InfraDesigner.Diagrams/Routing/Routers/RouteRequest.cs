using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing.Obstacles;

namespace InfraDesigner.Diagrams.Routing.Routers;

/// <summary>The two attachment points of a link and the node sides they leave from.</summary>
public sealed record RouteRequest(Point Source, PortAlignment SourceSide, Point Target, PortAlignment TargetSide)
{
    /// <summary>The node boxes a router may steer around; routers that go straight ignore them.</summary>
    public ObstacleIndex? Obstacles { get; init; }
}
