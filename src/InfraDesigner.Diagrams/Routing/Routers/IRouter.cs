namespace InfraDesigner.Diagrams.Routing.Routers;

/// <summary>Turns a link's two attachment points into the polyline it follows.</summary>
public interface IRouter
{
    /// <summary>The points of the route, starting at the source and ending at the target.</summary>
    IReadOnlyList<Geometry.Point> Route(RouteRequest request);
}
