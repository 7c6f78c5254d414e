using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Domain.Compute;

namespace InfraDesigner.Simulation.Tests.Reachability.Matrix;

/// <summary>The live diff's matrix after an edit: the very matrix a full analysis gives, judging again only what the edit can reach.</summary>
public sealed class LiveMatrixTests
{
    private static readonly Topology DataCentre = SyntheticDataCentre.Generate(new SyntheticDataCentreOptions
    {
        ElementCount = 2_000, Vms = 1_200, Hosts = 60, Clusters = 6, Vlans = 40, Routers = 10, Firewalls = 4, FirewallRules = 400, LoadBalancers = 4,
    });

    private static MatrixQuestion ListeningPorts(InfraDesigner.Simulation.Reachability.NetworkSnapshot snapshot) =>
        new([.. snapshot.Devices.SelectMany(d => d.Listeners).Where(l => l.Protocol == Protocol.Tcp).Select(l => l.Port).Distinct().Order().Take(12)]);

    /// <summary>The data centre compiled, the question on its listening ports, and its live matrix before any edit.</summary>
    private static (InfraDesigner.Simulation.Reachability.NetworkSnapshot Compiled, MatrixQuestion Question, LiveMatrix Live) Analyzed()
    {
        var compiled = TopologyCompiler.Compile(DataCentre);
        var question = ListeningPorts(compiled);
        return (compiled, question, LiveMatrix.Analyze(compiled, question));
    }

    /// <summary>Rule edits a user makes: an allow put first, the first rule removed, the first rule's action flipped.</summary>
    public static TheoryData<string> RuleEdits => ["allow first", "remove first", "flip first"];

    private static Firewall Edited(Firewall firewall, string edit) => edit switch
    {
        "allow first" => firewall with { Rules = firewall.Rules.Insert(0, firewall.Rules[^1] with { Name = "edit", Action = RuleAction.Allow }) },
        "remove first" => firewall with { Rules = firewall.Rules.RemoveAt(0) },
        _ => firewall with { Rules = firewall.Rules.SetItem(0, firewall.Rules[0] with { Action = firewall.Rules[0].Action == RuleAction.Allow ? RuleAction.Deny : RuleAction.Allow }) },
    };

    [Theory]
    [MemberData(nameof(RuleEdits))]
    public void After_a_rule_edit_on_any_firewall_the_matrix_is_the_full_analysis_and_cells_it_cannot_reach_are_kept(string edit)
    {
        var (compiled, question, live) = Analyzed();
        foreach (var firewall in DataCentre.ElementsOf<Firewall>())
        {
            var after = DataCentre.WithElement(Edited(firewall, edit));
            var recompiled = TopologyCompiler.Recompile(DataCentre, compiled, after);

            var next = live.Next(recompiled, question);

            next.Answer.Cells.ShouldBe(MatrixAnalyzer.Analyze(TopologyCompiler.Compile(after), question).Cells, $"{edit} on {firewall.Name}");
            if (NamedElements(after).SetEquals(NamedElements(DataCentre)))
                next.Rejudged.ShouldBeLessThan(next.Answer.Cells.Count, $"{edit} on {firewall.Name} judged every cell again");
            else
                next.Rejudged.ShouldBe(next.Answer.Cells.Count, $"{edit} on {firewall.Name} changed which elements rules name");
        }
    }

    [Fact]
    public void A_rule_that_names_a_device_no_rule_named_before_judges_everything_again_and_still_agrees()
    {
        var (compiled, question, live) = Analyzed();
        var firewall = DataCentre.ElementsOf<Firewall>().First();
        var named = NamedElements(DataCentre);
        var vm = DataCentre.ElementsOf<VirtualMachine>().First(v => !named.Contains(v.Name));
        var after = DataCentre.WithElement(firewall with { Rules = firewall.Rules.Insert(0, firewall.Rules[0] with { Name = "just-this-vm", Source = RuleEndpoint.Element(vm.Name) }) });

        var next = live.Next(TopologyCompiler.Recompile(DataCentre, compiled, after), question);

        next.Rejudged.ShouldBe(next.Answer.Cells.Count);
        next.Answer.Cells.ShouldBe(MatrixAnalyzer.Analyze(TopologyCompiler.Compile(after), question).Cells);
    }

    [Fact]
    public void An_edit_beyond_rules_judges_everything_again()
    {
        var (compiled, question, live) = Analyzed();
        var vm = DataCentre.ElementsOf<VirtualMachine>().First();
        var after = DataCentre.WithElement(vm with { Description = "moved to another rack" });

        var next = live.Next(TopologyCompiler.Recompile(DataCentre, compiled, after), question);

        next.Rejudged.ShouldBe(next.Answer.Cells.Count);
        next.Answer.Cells.ShouldBe(MatrixAnalyzer.Analyze(TopologyCompiler.Compile(after), question).Cells);
    }

    /// <summary>The elements some rule names: each is an endpoint class of its own, so a change to them regroups the matrix.</summary>
    private static HashSet<string?> NamedElements(Topology topology) =>
        topology.ElementsOf<Firewall>().SelectMany(f => f.Rules).SelectMany(r => new[] { r.Source, r.Destination })
            .Where(e => e.Kind == RuleEndpointKind.Element).Select(e => e.Name).ToHashSet();
}
