using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Placement;

public class PlacementAnalyzerTests
{
    private static ClusterState TwoHosts(OvercommitPolicy? policy = null, PlacementRules? rules = null) => new(
        [Host("host1", cores: 8, ramGb: 64), Host("host2", cores: 16, ramGb: 64)],
        [Vm("busy", 6, 16, "host1")], policy, rules);

    [Fact]
    public void Best_fit_packs_a_vm_onto_the_host_it_fills_most()
    {
        var answer = PlacementAnalyzer.Analyze(TwoHosts(), new PlacementQuestion([Vm("web", 2, 8)]));

        answer.HostOf("web").ShouldBe("host1");
        answer.Assignments[0].Reason.ShouldContain("tightest fit");
    }

    [Fact]
    public void Worst_fit_spreads_a_vm_onto_the_emptiest_host()
    {
        var answer = PlacementAnalyzer.Analyze(TwoHosts(), new PlacementQuestion([Vm("web", 2, 8)], PlacementStrategy.WorstFit));

        answer.HostOf("web").ShouldBe("host2");
    }

    [Fact]
    public void First_fit_takes_the_first_host_in_order_that_passes_the_filters()
    {
        var answer = PlacementAnalyzer.Analyze(TwoHosts(), new PlacementQuestion([Vm("big", 4, 8)], PlacementStrategy.FirstFit));

        answer.HostOf("big").ShouldBe("host2");
    }

    [Fact]
    public void A_vm_that_fits_nowhere_reports_the_blocking_resource_on_each_host()
    {
        var answer = PlacementAnalyzer.Analyze(TwoHosts(), new PlacementQuestion([Vm("huge", 12, 70)]));

        var unplaced = answer.Unplaced.ShouldHaveSingleItem();
        unplaced.Blocks.Single(b => b.Host == "host1").Block.ShouldBe(PlacementBlock.Cpu);
        unplaced.Blocks.Single(b => b.Host == "host1").Detail.ShouldBe("needs 12 vCPU, 2 of 8 free");
        unplaced.Blocks.Single(b => b.Host == "host2").Block.ShouldBe(PlacementBlock.Ram);
    }

    [Fact]
    public void The_cpu_overcommit_ratio_lets_more_vcpus_than_cores_onto_a_host()
    {
        var answer = PlacementAnalyzer.Analyze(TwoHosts(new OvercommitPolicy(CpuRatio: 2)), new PlacementQuestion([Vm("wide", 24, 8)]));

        answer.HostOf("wide").ShouldBe("host2");
    }

    [Fact]
    public void Reserved_headroom_is_kept_free()
    {
        var answer = PlacementAnalyzer.Analyze(TwoHosts(new OvercommitPolicy(ReservedHeadroomPercent: 25)), new PlacementQuestion([Vm("wide", 14, 8)]));

        answer.Unplaced.ShouldHaveSingleItem().Blocks.Single(b => b.Host == "host2").Detail.ShouldBe("needs 14 vCPU, 12 of 12 free");
    }

    [Fact]
    public void A_host_in_maintenance_mode_takes_no_vm()
    {
        var state = new ClusterState([Host("host1", maintenance: true), Host("host2", cores: 2)], []);

        var answer = PlacementAnalyzer.Analyze(state, new PlacementQuestion([Vm("web", 4, 8)]));

        answer.Unplaced.ShouldHaveSingleItem().Blocks.Select(b => b.Block).ShouldBe([PlacementBlock.Maintenance, PlacementBlock.Cpu]);
    }

    [Fact]
    public void Anti_affinity_keeps_the_group_apart_and_blocks_the_third_member_on_two_hosts()
    {
        var rules = new PlacementRules([new VmGroupRule("web-apart", VmGroupKind.AntiAffinity, ["web1", "web2", "web3"])], []);
        var state = new ClusterState([Host("host1"), Host("host2")], [], Rules: rules);

        var answer = PlacementAnalyzer.Analyze(state, new PlacementQuestion([Vm("web1", 2, 4), Vm("web2", 2, 4), Vm("web3", 2, 4)], Order: VmOrder.AsGiven));

        answer.Assignments.Select(a => a.Host).ShouldBe(["host1", "host2"], ignoreOrder: true);
        var blocked = answer.Unplaced.ShouldHaveSingleItem();
        blocked.Vm.ShouldBe("web3");
        blocked.MostCommonBlock.ShouldBe(PlacementBlock.AntiAffinity);
        blocked.Blocks[0].Detail.ShouldContain("anti-affinity rule 'web-apart'");
    }

    [Fact]
    public void Affinity_keeps_the_group_on_one_host()
    {
        var rules = new PlacementRules([new VmGroupRule("app-with-db", VmGroupKind.Affinity, ["app", "db"])], []);
        var state = new ClusterState([Host("host1"), Host("host2")], [], Rules: rules);

        var answer = PlacementAnalyzer.Analyze(state, new PlacementQuestion([Vm("app", 2, 4), Vm("db", 8, 64)], PlacementStrategy.WorstFit));

        answer.HostOf("app").ShouldBe(answer.HostOf("db"));
        answer.Assignments.Single(a => a.Vm == "app").Reason.ShouldContain("affinity group 'app-with-db'");
    }

    [Fact]
    public void A_must_run_on_rule_filters_and_a_should_run_on_rule_only_prefers()
    {
        var rules = new PlacementRules([],
        [
            new VmHostRule("db-on-host2", VmHostRuleKind.MustRunOn, ["db"], ["host2"]),
            new VmHostRule("web-prefers-host2", VmHostRuleKind.ShouldRunOn, ["web"], ["host2"]),
        ]);
        var state = new ClusterState([Host("host1"), Host("host2", cores: 8)], [], Rules: rules);

        var answer = PlacementAnalyzer.Analyze(state, new PlacementQuestion([Vm("db", 8, 32), Vm("web", 2, 4)], Order: VmOrder.AsGiven));

        answer.HostOf("db").ShouldBe("host2");
        answer.HostOf("web").ShouldBe("host1");
        answer.Assignments.Single(a => a.Vm == "web").Reason.ShouldContain("not kept (soft)");
    }

    [Fact]
    public void Vms_already_running_keep_their_host_and_use_its_capacity()
    {
        var answer = PlacementAnalyzer.Analyze(TwoHosts(), new PlacementQuestion([]));

        answer.Assignments.ShouldBeEmpty();
        answer.Hosts.Single(h => h.Host == "host1").Cpu.Used.ShouldBe(6);
    }

    [Fact]
    public void An_unknown_host_or_a_zero_ratio_is_refused()
    {
        Should.Throw<ArgumentException>(() => PlacementAnalyzer.Analyze(new ClusterState([Host("h")], [Vm("v", 1, 1, "nowhere")]), new PlacementQuestion([])))
            .Message.ShouldContain("nowhere");
        Should.Throw<ArgumentException>(() => PlacementAnalyzer.Analyze(new ClusterState([Host("h")], [], new OvercommitPolicy(0)), new PlacementQuestion([])));
    }
}
