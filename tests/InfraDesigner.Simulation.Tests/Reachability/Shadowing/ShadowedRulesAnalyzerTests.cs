using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Shadowing;
using static InfraDesigner.Simulation.Reachability.Model.AddressMatch;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability.Shadowing;

public class ShadowedRulesAnalyzerTests
{
    [Fact]
    public void A_deny_after_a_broader_allow_is_shadowed_by_it()
    {
        var network = ZonesFirewall(moreFirewall: f => f
            .Allow("to-b-subnet", Any, OfSubnet("10.2.0.0/24"), Protocol.Tcp)
            .Deny("no-sap", OfDevice("app-a"), OfDevice("sap"), Protocol.Tcp, 3300)).Build();

        var dead = ShadowedRulesAnalyzer.Analyze(network).Rules.ShouldHaveSingleItem();

        dead.Rule.RuleName.ShouldBe("no-sap");
        dead.Kind.ShouldBe(ShadowKind.Shadowed);
        dead.BlockedBy.Select(b => b.Number).ShouldBe([1]);
    }

    [Fact]
    public void A_line_covered_by_two_earlier_port_ranges_together_is_redundant()
    {
        var network = ZonesFirewall(moreFirewall: f => f
            .Rule(new FirewallRule("low", Any, Any, Protocol.Tcp, new PortRange(1, 1000), RuleAction.Allow))
            .Rule(new FirewallRule("high", Any, Any, Protocol.Tcp, new PortRange(1001, 5000), RuleAction.Allow))
            .Rule(new FirewallRule("mid", OfSubnet("10.1.0.0/24"), Any, Protocol.Tcp, new PortRange(900, 1100), RuleAction.Allow))).Build();

        var dead = ShadowedRulesAnalyzer.Analyze(network).Rules.ShouldHaveSingleItem();

        dead.Rule.RuleName.ShouldBe("mid");
        dead.Kind.ShouldBe(ShadowKind.Redundant);
        dead.BlockedBy.Select(b => b.RuleName).ShouldBe(["low", "high"]);
    }

    [Fact]
    public void Rules_naming_unknown_zones_or_devices_are_unmatchable()
    {
        var network = ZonesFirewall(moreFirewall: f => f
            .Allow("to-dmz", OfZone("A"), OfZone("DMZ"))
            .Allow("to-ghost", OfZone("A"), OfDevice("ghost"))
            .Allow("ping-port", Any, Any, Protocol.Icmp, 22)).Build();

        var dead = ShadowedRulesAnalyzer.Analyze(network).Rules;

        dead.Select(d => d.Rule.RuleName).ShouldBe(["to-dmz", "to-ghost", "ping-port"]);
        dead.ShouldAllBe(d => d.Kind == ShadowKind.Unmatchable);
    }

    [Fact]
    public void A_partly_covered_line_is_not_reported()
    {
        var network = ZonesFirewall(moreFirewall: f => f
            .Rule(new FirewallRule("low", Any, Any, Protocol.Tcp, new PortRange(1, 1000), RuleAction.Allow))
            .Rule(new FirewallRule("wider", Any, Any, Protocol.Tcp, new PortRange(900, 1100), RuleAction.Deny))).Build();

        ShadowedRulesAnalyzer.Analyze(network).Rules.ShouldBeEmpty();
    }
}
