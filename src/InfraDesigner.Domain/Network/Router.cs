using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Network;

/// <summary>A router or L3 switch: the only way between VLANs/subnets. Connected subnets come from its interfaces.</summary>
public sealed record Router : Element, IRoutingElement
{
    public override ElementKind Kind => ElementKind.Router;

    public bool IsLayer3Switch { get; init; }

    public EquatableArray<StaticRoute> StaticRoutes { get; init; }

    public StaticRoute? DefaultRoute => StaticRoutes.FirstOrDefault(route => route.IsDefault);
}
