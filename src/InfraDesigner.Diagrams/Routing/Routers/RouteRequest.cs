using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Routing.Routers;

/// <summary>The two attachment points of a link and the node sides they leave from.</summary>
public sealed record RouteRequest(Point Source, PortAlignment SourceSide, Point Target, PortAlignment TargetSide);
