using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Network;

/// <summary>
/// A checkpoint between zones: each interface is bound to a zone; rules are evaluated in order, first
/// match wins, else <see cref="DefaultAction"/>. When stateful, the reply to an allowed connection returns.
/// </summary>
public sealed record Firewall : Element, IRoutingElement
{
    public override ElementKind Kind => ElementKind.Firewall;

    public EquatableArray<FirewallRule> Rules { get; init; }

    public bool Stateful { get; init; } = true;

    public RuleAction DefaultAction { get; init; } = RuleAction.Deny;

    public EquatableArray<StaticRoute> StaticRoutes { get; init; }
}
