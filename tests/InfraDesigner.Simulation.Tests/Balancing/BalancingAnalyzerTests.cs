using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Balancing;

public class BalancingAnalyzerTests
{
    /// <summary>host-a runs eight busy 2 vCPU/8 GB VMs (CPU load 0.8), host-b one (0.1), host-c none.</summary>
    private static ClusterState Lopsided(string? datastore = null, PlacementRules? rules = null) => new(
        [Host("host-a"), Host("host-b"), Host("host-c")],
        [
            .. Enumerable.Range(1, 8).Select(i => Vm($"a{i}", 2, 8, "host-a") with { Datastore = datastore }),
            Vm("b1", 2, 8, "host-b") with { Datastore = datastore },
        ],
        Rules: rules);

    [Fact]
    public void A_pass_moves_vms_off_the_busiest_host_and_lowers_the_imbalance()
    {
        var answer = BalancingAnalyzer.Analyze(Lopsided(), new BalanceQuestion());

        answer.Before.Single(h => h.Host == "host-a").Load.ShouldBe(0.8);
        answer.ImbalanceAfter.ShouldBeLessThan(answer.ImbalanceBefore);
        answer.ImbalanceAfter.ShouldBeLessThanOrEqualTo(answer.Threshold.Tolerance);
        answer.Recommendations.ShouldNotBeEmpty();
        answer.Recommendations.ShouldAllBe(r => r.Reason == MoveReason.Balance && r.From == "host-a" && r.Improvement > 0);
        answer.Recommendations[0].MigrationSeconds!.Value.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Level_1_only_makes_the_moves_rules_force()
    {
        var answer = BalancingAnalyzer.Analyze(Lopsided(), new BalanceQuestion(MigrationThreshold: 1));

        answer.Recommendations.ShouldBeEmpty();
        answer.ImbalanceAfter.ShouldBe(answer.ImbalanceBefore);
    }

    [Fact]
    public void A_more_aggressive_level_balances_at_least_as_well()
    {
        var conservative = BalancingAnalyzer.Analyze(Lopsided(), new BalanceQuestion(MigrationThreshold: 2));
        var aggressive = BalancingAnalyzer.Analyze(Lopsided(), new BalanceQuestion(MigrationThreshold: 5));

        aggressive.ImbalanceAfter.ShouldBeLessThanOrEqualTo(conservative.ImbalanceAfter);
        aggressive.Recommendations.Count.ShouldBeGreaterThanOrEqualTo(conservative.Recommendations.Count);
    }

    [Fact]
    public void Maintenance_mode_evacuates_every_vm_of_the_host()
    {
        var answer = BalancingAnalyzer.Analyze(Lopsided(), new BalanceQuestion(MigrationThreshold: 1, MaintenanceHost: "host-a"));

        answer.Recommendations.Count.ShouldBe(8);
        answer.Recommendations.ShouldAllBe(r => r.Reason == MoveReason.Maintenance && r.To != "host-a");
        answer.After.Single(h => h.Host == "host-a").Load.ShouldBe(0);
        answer.After.Single(h => h.Host == "host-a").Available.ShouldBeFalse();
    }

    [Fact]
    public void A_vm_that_anti_affinity_keeps_from_every_other_host_cannot_be_evacuated()
    {
        var rules = new PlacementRules([new VmGroupRule("apart", VmGroupKind.AntiAffinity, ["a1", "b1"])], []);
        var state = new ClusterState([Host("host-a"), Host("host-b")], [Vm("a1", 2, 8, "host-a"), Vm("b1", 2, 8, "host-b")], Rules: rules);

        var answer = BalancingAnalyzer.Analyze(state, new BalanceQuestion(MaintenanceHost: "host-a"));

        var stuck = answer.Unmovable.ShouldHaveSingleItem();
        stuck.Vm.ShouldBe("a1");
        stuck.Blocks.Single(b => b.Host == "host-b").Block.ShouldBe(PlacementBlock.AntiAffinity);
        answer.Explanation.ShouldContain("1 VM(s) cannot move: a1 (AntiAffinity)");
    }

    [Fact]
    public void A_vm_breaking_a_must_run_on_rule_is_moved_where_the_rule_holds()
    {
        var rules = new PlacementRules([], [new VmHostRule("b1-on-c", VmHostRuleKind.MustRunOn, ["b1"], ["host-c"])]);

        var answer = BalancingAnalyzer.Analyze(Lopsided(rules: rules), new BalanceQuestion(MigrationThreshold: 1));

        var move = answer.Recommendations.ShouldHaveSingleItem();
        (move.Vm, move.From, move.To, move.Reason).ShouldBe(("b1", "host-b", "host-c", MoveReason.RuleViolation));
    }

    [Fact]
    public void Balancing_never_breaks_an_anti_affinity_rule()
    {
        var rules = new PlacementRules([new VmGroupRule("apart", VmGroupKind.AntiAffinity, ["a1", "a2", "b1"])], []);

        var answer = BalancingAnalyzer.Analyze(Lopsided(rules: rules), new BalanceQuestion(MigrationThreshold: 5));

        var hostOf = Lopsided().Vms.ToDictionary(v => v.Name, v => v.Host);
        foreach (var move in answer.Recommendations)
        {
            hostOf[move.Vm] = move.To;
        }
        new[] { hostOf["a1"], hostOf["a2"], hostOf["b1"] }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void The_timeline_keeps_to_the_vmotion_limit_per_host()
    {
        var answer = BalancingAnalyzer.Analyze(Lopsided(), new BalanceQuestion(1, "host-a", MaxConcurrentPerHost: 2));

        MaxOverlap(answer.Timeline).ShouldBe(2);
        answer.TimelineSeconds!.Value.ShouldBeGreaterThan(3 * answer.Recommendations[0].MigrationSeconds!.Value);
    }

    /// <summary>Two migrations leaving host-a together each get half its link, so each takes about twice as long as alone.</summary>
    [Fact]
    public void Migrations_running_off_one_host_share_its_link()
    {
        var answer = BalancingAnalyzer.Analyze(Lopsided(), new BalanceQuestion(1, "host-a", MaxConcurrentPerHost: 2));

        var second = answer.Timeline[1];
        (second.EndSeconds!.Value - second.StartSeconds!.Value).ShouldBeGreaterThan(1.9 * answer.Recommendations[1].MigrationSeconds!.Value);
    }

    [Theory]
    [InlineData(1_000, 4)]
    [InlineData(10_000, 8)]
    [InlineData(25_000, 8)]
    public void Without_a_limit_asked_the_vmotion_limit_follows_the_link_speed(double linkMbps, int perHost)
    {
        new BalanceQuestion(MigrationLinkMbps: linkMbps).ConcurrentPerHost.ShouldBe(perHost);
    }

    [Fact]
    public void The_timeline_keeps_to_the_limit_per_datastore()
    {
        var answer = BalancingAnalyzer.Analyze(Lopsided("ds1"), new BalanceQuestion(1, "host-a", MaxConcurrentPerDatastore: 1));

        MaxOverlap(answer.Timeline).ShouldBe(1);
    }

    private static int MaxOverlap(IReadOnlyList<ScheduledMigration> timeline) =>
        timeline.Max(m => timeline.Count(o => o.StartSeconds <= m.StartSeconds && o.EndSeconds > m.StartSeconds));
}
