using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Simulation.Reachability.Tracing;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;

namespace InfraDesigner.Web.Tests.Features.Reachability;

/// <summary>Worked question 1 cabled from new elements: the fixes name the routes and the rule exactly, and applied as edits they make it reachable.</summary>
public sealed class FixEditsTests
{
    private static readonly TraceQuestion Question = new("app-a", "sap", Protocol.Tcp, 3300);

    /// <summary>app-a — switch — router — fw-ab — sap, each cable addressing its ends.</summary>
    private static Topology Cabled()
    {
        var topology = new[] { ("vm", "app-a"), ("sap", "sap"), ("switch", "sw-01"), ("router", "rt-01"), ("firewall", "fw-ab") }
            .Aggregate(new Topology { Name = "q1" }, (t, item) =>
                TopologyEdits.AddElement(t, ElementFactory.Create(Palette.Find(item.Item1)!, t, 0, 0) with { Name = item.Item2 }));
        foreach (var (a, b) in new[] { ("app-a", "sw-01"), ("sw-01", "rt-01"), ("rt-01", "fw-ab"), ("fw-ab", "sap") })
        {
            var (connected, link) = TopologyEdits.Connect(topology, a, null, b, null);
            topology = CableAddressing.Apply(connected, link).Topology;
        }
        return topology;
    }

    private static WhyNotAnswer Ask(Topology topology) => WhyNotAnalyzer.Analyze(TopologyCompiler.Compile(topology), Question);

    [Fact]
    public void The_route_and_rule_fixes_are_exact_and_applied_they_make_the_flow_reachable()
    {
        var topology = Cabled();
        var answer = Ask(topology);

        answer.Fixes.Select(f => f.Description).ShouldBe(
        [
            "add a route on rt-01 to 10.0.3.0/24 via 10.0.2.2 (fw-ab)",
            "add allow rule on fw-ab: host app-a -> host sap tcp 3300 before the default rule",
            "add a route on fw-ab to 10.0.1.0/24 via 10.0.2.1 (rt-01)",
        ]);
        answer.FixesVerified.ShouldBeTrue();

        var withFixes = answer.Fixes.Select(FixEdits.Of).Aggregate(topology, (t, edit) => edit!(t));

        Ask(withFixes).Trace.Reachable.ShouldBeTrue();
        withFixes.FindElement<Firewall>("fw-ab")!.Rules.Single().Destination.ShouldBe(RuleEndpoint.Element("sap"));
        withFixes.FindElement<Router>("rt-01")!.StaticRoutes.Single().NextHop!.ToString().ShouldBe("10.0.2.2");
    }

    [Fact]
    public void A_fix_that_leaves_the_choice_to_the_user_has_no_edit()
    {
        FixEdits.Of(new Fix(FixKind.AddRoute, "rt-01", "add a route on rt-01 to 10.9.9.9")).ShouldBeNull();
        FixEdits.Of(new Fix(FixKind.StartListener, "sap", "start a listener on sap tcp port 1")).ShouldBeNull();
    }
}
