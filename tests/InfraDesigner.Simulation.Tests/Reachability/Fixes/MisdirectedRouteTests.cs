using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.Compilation.SampleEdits;

namespace InfraDesigner.Simulation.Tests.Reachability.Fixes;

/// <summary>
/// A static route whose next hop is outside its outgoing interface's subnet (zones-firewall's router sending
/// 10.20.20.0/24 via 10.0.0.2 out of ge0, 10.10.10.1/24) is the cause, and fixing that route is the fix.
/// </summary>
public class MisdirectedRouteTests
{
    private static Topology RouteOutOf(string? interfaceName)
    {
        var topology = Sample("zones-firewall");
        var router = topology.FindElement<Router>("router")!;
        return topology.WithElement(router with { StaticRoutes = [.. router.StaticRoutes.Select(r => r with { InterfaceName = interfaceName })] });
    }

    private static WhyNotAnswer WhyNot(Topology topology) =>
        WhyNotAnalyzer.Analyze(TopologyCompiler.Compile(topology), new TraceQuestion("app-a", "sap", Protocol.Tcp, 3300));

    [Fact]
    public void The_route_is_named_as_the_cause_and_not_a_missing_router_interface()
    {
        var answer = WhyNot(RouteOutOf("ge0"));

        answer.Trace.Disposition.ShouldBe(Disposition.NeighborUnreachable);
        var fix = answer.Fixes[0];
        fix.Kind.ShouldBe(FixKind.FixRoute);
        fix.Device.ShouldBe("router");
        fix.Description.ShouldBe("fix the route to 10.20.20.0/24 on router: its next hop 10.0.0.2 is outside the subnet of its outgoing interface ge0 (10.10.10.0/24); " +
            "send it out of ge1 (10.0.0.0/30) or leave the outgoing interface empty");
        answer.Fixes.ShouldNotContain(f => f.Kind == FixKind.AddRouterInterface);
    }

    [Fact]
    public void With_the_route_fixed_only_the_firewall_rule_is_left_and_the_fixes_are_checked()
    {
        var answer = WhyNot(RouteOutOf("ge0"));

        answer.Fixes.Select(f => f.Kind).ShouldBe([FixKind.FixRoute, FixKind.AddFirewallRule]);
        answer.FixesVerified.ShouldBeTrue();
    }

    [Fact]
    public void A_route_chosen_by_its_next_hop_is_not_blamed()
    {
        WhyNot(RouteOutOf(null)).Fixes.Select(f => f.Kind).ShouldBe([FixKind.AddFirewallRule]);
    }
}
