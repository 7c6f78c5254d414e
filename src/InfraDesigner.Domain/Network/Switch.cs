using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Network;

/// <summary>A layer-2 switch; its ports are its <see cref="Element.Interfaces"/> with a <see cref="Switchport"/> each.</summary>
public sealed record Switch : Element
{
    public override ElementKind Kind => ElementKind.Switch;
}
