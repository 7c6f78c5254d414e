namespace InfraDesigner.Domain.Network;

/// <summary>An element that forwards between its routed interfaces (router, L3 switch, firewall).</summary>
public interface IRoutingElement
{
    EquatableArray<StaticRoute> StaticRoutes { get; }
}
