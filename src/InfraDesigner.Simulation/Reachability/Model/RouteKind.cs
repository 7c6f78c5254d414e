namespace InfraDesigner.Simulation.Reachability.Model;

public enum RouteKind
{
    Connected,
    Static,
    Default,
}
