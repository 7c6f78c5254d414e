using InfraDesigner.Simulation.Reachability.Diff;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability.Diff;

public class DiffAnalyzerTests
{
    [Fact]
    public void Adding_the_allow_rule_gains_exactly_app_a_to_sap_on_3300()
    {
        var before = ZonesFirewall().Build();
        var after = before.WithPolicy("fw-ab", before.Device("fw-ab").Policy!.Insert(0,
            new FirewallRule("app-a-to-sap", AddressMatch.OfDevice("app-a"), AddressMatch.OfDevice("sap"), Protocol.Tcp, PortRange.Single(3300), RuleAction.Allow)));

        var diff = DiffAnalyzer.Analyze(before, after);

        diff.Gained.ShouldBe([new FlowChange(new FlowSpec("app-a", "sap", Protocol.Tcp, 3300), Disposition.DeniedOut, Disposition.Accepted)]);
        diff.Lost.ShouldBeEmpty();
    }

    [Fact]
    public void A_policy_edit_only_retraces_flows_whose_decision_at_that_firewall_changes()
    {
        var before = ZonesEai();
        var baseline = ReachabilityBaseline.Build(before);
        var policy = before.Device("fw-ab").Policy!;
        var after = before.WithPolicy("fw-ab", policy with { Rules = policy.Rules.Where(r => r.Name != "eai-to-sap").ToArray() });

        var diff = baseline.Compare(after);

        diff.Lost.Select(l => l.Flow).ShouldBe([new FlowSpec("eai", "sap", Protocol.Tcp, 3300)]);
        diff.Gained.ShouldBeEmpty();
        diff.Retraced.ShouldBe(1);
        diff.Checked.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void A_structural_change_retraces_every_flow()
    {
        var before = Vlans(VlanJoin.Nothing);
        var after = Vlans(VlanJoin.Router);

        var diff = DiffAnalyzer.Analyze(before, after);

        diff.Retraced.ShouldBe(diff.Checked);
        diff.Gained.Select(g => (g.Flow.Source, g.Flow.Destination)).ShouldBe(
            [("PC1", "PC3"), ("PC1", "PC4"), ("PC2", "PC3"), ("PC2", "PC4"), ("PC3", "PC1"), ("PC3", "PC2"), ("PC4", "PC1"), ("PC4", "PC2")],
            ignoreOrder: true);
    }
}
