using InfraDesigner.Simulation.Reachability.Fixes;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability.Fixes;

public class WhyNotAnalyzerTests
{
    [Fact]
    public void A_default_deny_is_fixed_by_an_allow_rule_from_app_a_to_sap_on_3300()
    {
        var answer = WhyNotAnalyzer.Analyze(ZonesFirewall().Build(), new TraceQuestion("app-a", "sap", Protocol.Tcp, 3300));

        var fix = answer.Fixes.ShouldHaveSingleItem();
        fix.Kind.ShouldBe(FixKind.AddFirewallRule);
        fix.Description.ShouldBe("add allow rule on fw-ab: zone A host app-a -> zone B host sap tcp 3300 before the default rule");
        fix.Rule!.Source.ShouldBe(AddressMatch.OfDevice("app-a"));
        fix.Rule.Destination.ShouldBe(AddressMatch.OfDevice("sap"));
        answer.FixesVerified.ShouldBeTrue();
    }

    [Fact]
    public void An_explicit_deny_line_gets_the_allow_rule_inserted_before_it()
    {
        var network = ZonesFirewall(moreFirewall: f => f
            .Allow("web", AddressMatch.Any, AddressMatch.Any, Protocol.Tcp, 443)
            .Deny("no-sap", AddressMatch.OfZone("A"), AddressMatch.OfZone("B"))).Build();

        var fix = WhyNotAnalyzer.Analyze(network, new TraceQuestion("app-a", "sap", Protocol.Tcp, 3300)).Fixes.Single();

        fix.InsertAt.ShouldBe(1);
        fix.Description.ShouldEndWith("before rule 2 'no-sap'");
    }

    [Fact]
    public void An_allowed_flow_names_the_rule_that_allows_it()
    {
        var answer = WhyNotAnalyzer.Analyze(ZonesFirewall(withAllowRule: true).Build(), new TraceQuestion("app-a", "sap", Protocol.Tcp, 3300));

        answer.Fixes.ShouldBeEmpty();
        answer.AllowedBy.ShouldBe([new RuleReference("fw-ab", "app-a-to-sap", 1, RuleAction.Allow)]);
    }

    [Fact]
    public void A_pc_without_gateway_is_told_to_set_the_routers_address_as_gateway()
    {
        var network = Vlans(VlanJoin.Router, gateways: false);

        var answer = WhyNotAnalyzer.Analyze(network, new TraceQuestion("PC1", "PC3", Protocol.Icmp));

        answer.Fixes[0].Description.ShouldBe("set a default gateway on PC1: 10.0.10.254 (r1)");
        answer.Fixes[0].Kind.ShouldBe(FixKind.SetDefaultGateway);
    }

    [Fact]
    public void Without_any_router_the_fix_is_a_router_interface_in_the_vlan()
    {
        var answer = WhyNotAnalyzer.Analyze(Vlans(VlanJoin.Nothing), new TraceQuestion("PC1", "PC3", Protocol.Tcp, 22));

        answer.Fixes.Single().Description.ShouldBe("add a router interface (10.0.10.254) in VLAN 10 on sw1 and use it as PC1's default gateway");
        answer.FixesVerified.ShouldBeFalse();
    }

    [Fact]
    public void A_missing_service_is_fixed_by_starting_a_listener()
    {
        var answer = WhyNotAnalyzer.Analyze(Vlans(VlanJoin.Nothing), new TraceQuestion("PC1", "PC2", Protocol.Tcp, 8080));

        answer.Fixes.Single().Description.ShouldBe("start a listener on PC2 tcp port 8080");
        answer.FixesVerified.ShouldBeTrue();
    }

    [Fact]
    public void A_vm_refused_by_the_share_is_added_to_its_access_list()
    {
        var answer = WhyNotAnalyzer.Analyze(NasShare(), new TraceQuestion("vm1", "share1"));

        answer.Fixes.Single().Description.ShouldBe("add 10.5.0.11 (vm1) to the access list of share1 on nas");
        answer.FixesVerified.ShouldBeTrue();
    }
}
