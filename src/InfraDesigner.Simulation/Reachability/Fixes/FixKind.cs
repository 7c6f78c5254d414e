namespace InfraDesigner.Simulation.Reachability.Fixes;

public enum FixKind
{
    AddFirewallRule,
    SetDefaultGateway,
    AddRouterInterface,
    AddRoute,
    FixRoute,
    StartListener,
    OpenShare,
    RestorePoolMember,
    BreakRoutingLoop,
    RouteThroughRouter,
}
