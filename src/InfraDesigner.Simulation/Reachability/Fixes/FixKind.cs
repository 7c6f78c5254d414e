namespace InfraDesigner.Simulation.Reachability.Fixes;

public enum FixKind
{
    AddFirewallRule,
    SetDefaultGateway,
    AddRouterInterface,
    AddRoute,
    StartListener,
    OpenShare,
    RestorePoolMember,
    BreakRoutingLoop,
    RouteThroughRouter,
}
