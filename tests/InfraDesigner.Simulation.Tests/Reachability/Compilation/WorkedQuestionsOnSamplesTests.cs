using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.Compilation.SampleEdits;

namespace InfraDesigner.Simulation.Tests.Reachability.Compilation;

/// <summary>The worked questions of DOMAIN.md asked of the built-in samples, compiled by <see cref="TopologyCompiler"/>.</summary>
public class WorkedQuestionsOnSamplesTests
{
    private static TraceAnswer Trace(Topology topology, string from, string to, int? port, Protocol protocol = Protocol.Tcp) =>
        TraceAnalyzer.Analyze(TopologyCompiler.Compile(topology), new TraceQuestion(from, to, protocol, port));

    private static WhyNotAnswer WhyNot(Topology topology, string from, string to, int port) =>
        WhyNotAnalyzer.Analyze(TopologyCompiler.Compile(topology), new TraceQuestion(from, to, Protocol.Tcp, port));

    [Fact]
    public void App_a_cannot_reach_sap_before_the_allow_rule_and_the_fix_is_that_rule()
    {
        var answer = WhyNot(Sample("zones-firewall"), "app-a", "sap", 3300);

        answer.Trace.Reachable.ShouldBeFalse();
        answer.Trace.Disposition.ShouldBe(Disposition.DeniedOut);
        answer.Trace.DecidedBy.ShouldBe(new RuleReference("fw-ab", "default", null, RuleAction.Deny));
        answer.Trace.Paths.Single().Devices.ShouldBe(["app-a", "switch", "router", "fw-ab"]);
        var fix = answer.Fixes.Single();
        fix.Device.ShouldBe("fw-ab");
        fix.Rule.ShouldBe(new FirewallRule(fix.Rule!.Name, AddressMatch.OfDevice("app-a"), AddressMatch.OfDevice("sap"), Protocol.Tcp, PortRange.Single(3300), RuleAction.Allow));
        fix.Description.ShouldBe("add allow rule on fw-ab: zone A host app-a -> zone B host sap tcp 3300 before the default rule");
        answer.FixesVerified.ShouldBeTrue();
    }

    [Fact]
    public void App_a_reaches_sap_with_the_allow_rule_and_the_reply_returns_by_state()
    {
        var answer = WhyNot(WithRule(Sample("zones-firewall"), "fw-ab", AppAToSap), "app-a", "sap", 3300);

        answer.Trace.Reachable.ShouldBeTrue();
        var allow = new RuleReference("fw-ab", "allow-app-a-to-sap", 1, RuleAction.Allow);
        answer.Trace.DecidedBy.ShouldBe(allow);
        answer.AllowedBy.ShouldBe([allow]);
        var path = answer.Trace.Paths.Single();
        path.Devices.ShouldBe(["app-a", "switch", "router", "fw-ab", "switch", "sap"]);
        path.Hops[3].Steps.ShouldContain(new FilterStep(allow));
        path.Hops[^1].Steps[^1].ShouldBe(new DeliveredStep("sap", "sap-gateway", Protocol.Tcp, 3300));
        path.Return!.Filters.Single().ByState.ShouldBeTrue();
    }

    [Theory]
    [InlineData("app-a", "eai", 443, true, "app-a-to-eai", 1)]
    [InlineData("eai", "sap", 3300, true, "eai-to-sap", 2)]
    [InlineData("app-a", "sap", 3300, false, "app-a-to-sap-denied", 3)]
    public void Through_the_eai_only_the_two_legs_are_open(string from, string to, int port, bool reachable, string rule, int number)
    {
        var answer = Trace(Sample("zones-eai"), from, to, port);

        answer.Reachable.ShouldBe(reachable);
        answer.DecidedBy.ShouldBe(new RuleReference("fw-ab", rule, number, reachable ? RuleAction.Allow : RuleAction.Deny));
        answer.Paths.Single().Devices.ShouldContain("fw-ab");
        answer.Paths.Single().Devices[0].ShouldBe(from);
        if (reachable)
            answer.Paths.Single().Devices[^1].ShouldBe(to);
    }

    [Fact]
    public void PC1_reaches_PC2_in_its_vlan_but_not_PC3_without_a_router()
    {
        var topology = Sample("vlans");

        Trace(topology, "PC1", "PC2", null, Protocol.Icmp).Reachable.ShouldBeTrue();
        var toPc3 = Trace(topology, "PC1", "PC3", null, Protocol.Icmp);
        toPc3.Reachable.ShouldBeFalse();
        toPc3.Disposition.ShouldBe(Disposition.NoRoute);
    }

    [Fact]
    public void PC1_reaches_PC3_through_a_router_once_the_PCs_have_gateways()
    {
        var answer = Trace(VlansJoinedBy(firewall: false), "PC1", "PC3", null, Protocol.Icmp);

        answer.Reachable.ShouldBeTrue();
        answer.Paths.Single().Devices.ShouldBe(["PC1", "sw1", "r1", "sw1", "PC3"]);
    }

    [Fact]
    public void PC1_is_denied_PC3_by_a_firewall_without_rules_between_the_vlans()
    {
        var answer = Trace(VlansJoinedBy(firewall: true), "PC1", "PC3", null, Protocol.Icmp);

        answer.Reachable.ShouldBeFalse();
        answer.Disposition.ShouldBe(Disposition.DeniedOut);
        answer.DecidedBy.ShouldBe(new RuleReference("fw1", "default", null, RuleAction.Deny));
    }

    [Fact]
    public void The_user_reaches_the_lb_on_443_and_is_delivered_to_every_pool_member()
    {
        var answer = Trace(Sample("web-lb"), "user", "lb", 443);

        answer.Reachable.ShouldBeTrue();
        answer.Paths.Select(p => p.Devices[^1]).ShouldBe(["web1", "web2", "web3"], ignoreOrder: true);
        answer.Paths.ShouldAllBe(p => p.Devices.Contains("fw-edge") && p.Devices.Contains("router") && p.Devices.Contains("lb"));
        answer.DecidedBy.ShouldBe(new RuleReference("fw-edge", "allow-https-in", 2, RuleAction.Allow));
    }

    [Fact]
    public void The_user_is_denied_port_22_at_the_edge_firewall()
    {
        var answer = Trace(Sample("web-lb"), "user", "lb", 22);

        answer.Reachable.ShouldBeFalse();
        answer.DecidedBy.ShouldBe(new RuleReference("fw-edge", "default", null, RuleAction.Deny));
        answer.Paths.Single().Devices.ShouldBe(["user", "fw-edge"]);
    }

    [Fact]
    public void With_web2_failing_its_health_checks_traffic_goes_to_web1_and_web3_only()
    {
        var answer = Trace(WithUnhealthyMember(Sample("web-lb"), "lb", "web2"), "user", "lb", 443);

        answer.Reachable.ShouldBeTrue();
        answer.Paths.Select(p => p.Devices[^1]).ShouldBe(["web1", "web3"], ignoreOrder: true);
        answer.Paths[0].Hops.SelectMany(h => h.Steps).OfType<LoadBalancerChoiceStep>().Single().HealthyMembers
            .ShouldBe(["web1:443", "web3:443"]);
    }

    [Fact]
    public void Vm_new1_reaches_share1_but_vm1_is_refused_by_the_share_acl_not_the_network()
    {
        var topology = Sample("nas-share");

        var granted = Trace(topology, "vm-new1", "share1", null);
        granted.Reachable.ShouldBeTrue();
        granted.Paths.Single().Hops[^1].Steps.ShouldContain(new ShareAclStep("share1", "10.60.10.21", true));

        var refused = Trace(topology, "vm1", "share1", null);
        refused.Reachable.ShouldBeFalse();
        refused.Disposition.ShouldBe(Disposition.RefusedByShareAcl);
        refused.Paths.Single().Devices.ShouldBe(["vm1", "sw1", "nas"]);
    }
}
