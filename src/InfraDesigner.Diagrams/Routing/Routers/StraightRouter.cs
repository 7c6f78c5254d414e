using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Routing.Routers;

public sealed class StraightRouter : IRouter
{
    public IReadOnlyList<Point> Route(RouteRequest request) => [request.Source, request.Target];
}
