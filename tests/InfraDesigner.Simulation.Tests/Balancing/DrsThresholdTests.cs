using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Balancing;

/// <summary>
/// Classic DRS (VMware KB 1007485): a balancing recommendation has priority 6 − ⌈σ / 0.1 · √N⌉, and level L applies
/// priorities up to L, so it balances while σ &gt; 0.1 · (5 − L) / √N.
/// </summary>
public class DrsThresholdTests
{
    [Theory]
    [InlineData(3, 4, 0.1)]     // 0.1 · 2 / √4
    [InlineData(2, 9, 0.1)]     // 0.1 · 3 / √9
    [InlineData(4, 16, 0.025)]  // 0.1 · 1 / √16
    [InlineData(3, 16, 0.05)]   // 0.1 · 2 / √16
    [InlineData(5, 7, 0.0)]
    public void The_tolerance_is_a_tenth_of_5_minus_the_level_over_the_root_of_the_host_count(int level, int hosts, double expected) =>
        MigrationThreshold.ForLevel(level, hosts).Tolerance.ShouldBe(expected, 1e-12);

    [Fact]
    public void Level_1_tolerates_any_imbalance() =>
        MigrationThreshold.ForLevel(1, 32).Tolerance.ShouldBe(double.PositiveInfinity);

    [Theory]
    [InlineData(0.05, 4, 5)]    // 6 − ⌈0.05 / 0.1 · 2⌉ = 6 − 1
    [InlineData(0.1, 4, 4)]     // 6 − ⌈0.1 / 0.1 · 2⌉ = 6 − 2
    [InlineData(0.12, 9, 2)]    // 6 − ⌈3.6⌉ = 2
    [InlineData(0.9, 9, 2)]     // 6 − ⌈27⌉ < 2: balancing never reaches priority 1, which is kept for forced moves
    public void A_balancing_move_gets_the_kb_priority_6_minus_the_ceiling_of_sigma_over_0_1_times_root_n(double stdDev, int hosts, int expected) =>
        MigrationThreshold.BalancePriority(stdDev, hosts).ShouldBe(expected);

    /// <summary>Hosts of 10 cores and ample RAM, half at CPU load 0.58 and half at 0.42: σ = 0.08 whatever their number.</summary>
    private static ClusterState Split(int hosts) => new(
        [.. Enumerable.Range(0, hosts).Select(h => Host($"h{h}", cores: 10, ramGb: 10_000, diskGb: 10_000))],
        [.. Enumerable.Range(0, hosts).SelectMany(h => Enumerable.Range(0, 29).Select(i => Vm($"v{h}-{i}", 1, 1, $"h{h}", cpuUse: h % 2 == 0 ? 0.2 : 42.0 / 290)))],
        new OvercommitPolicy(CpuRatio: 4));

    [Fact]
    public void The_same_imbalance_of_0_08_is_tolerated_at_level_3_by_4_hosts_but_balanced_by_16()
    {
        var small = BalancingAnalyzer.Analyze(Split(4), new BalanceQuestion(MigrationThreshold: 3));
        var large = BalancingAnalyzer.Analyze(Split(16), new BalanceQuestion(MigrationThreshold: 3));

        small.ImbalanceBefore.ShouldBe(0.08, 1e-9);
        small.Threshold.Tolerance.ShouldBe(0.1, 1e-12);
        small.Recommendations.ShouldBeEmpty();
        large.ImbalanceBefore.ShouldBe(0.08, 1e-9);
        large.Threshold.Tolerance.ShouldBe(0.05, 1e-12);
        large.Recommendations.ShouldNotBeEmpty();
        large.ImbalanceAfter.ShouldBeLessThanOrEqualTo(0.05);
        large.Assumptions.ShouldContain("0.1 · (5 − 3) / √16 = 0.05");
    }

    /// <summary>
    /// A runs one 9-vCPU VM (load 0.9), B eight 1-vCPU VMs (0.8), C one (0.1) on 10-core hosts: σ = √((0.3² + 0.2² + 0.5²) / 3) = 0.356.
    /// Moving A's VM to C gives loads 0, 0.8, 1.0 (σ 0.432, worse), so a pass that only looks at the busiest host stops. Moving
    /// 1 vCPU at a time from B to C: (0.7, 0.2) σ 0.294, (0.6, 0.3) σ 0.245, (0.5, 0.4) σ 0.216; (0.4, 0.5) is no lower, so it stops
    /// after three moves, above level 3's tolerance 0.1 · 2 / √3 = 0.115.
    /// </summary>
    [Fact]
    public void Moves_come_off_any_host_three_from_b_to_c_when_the_busiest_host_a_cannot_usefully_move()
    {
        var state = new ClusterState(
            [Host("a", cores: 10, ramGb: 10_000), Host("b", cores: 10, ramGb: 10_000), Host("c", cores: 10, ramGb: 10_000)],
            [Vm("big", 9, 1, "a"), .. Enumerable.Range(1, 8).Select(i => Vm($"b{i}", 1, 1, "b")), Vm("c1", 1, 1, "c")]);

        var answer = BalancingAnalyzer.Analyze(state, new BalanceQuestion(MigrationThreshold: 3));

        answer.ImbalanceBefore.ShouldBe(Math.Sqrt(0.38 / 3), 1e-9);
        answer.Recommendations.Select(r => (r.From, r.To)).ShouldBe([("b", "c"), ("b", "c"), ("b", "c")]);
        answer.ImbalanceAfter.ShouldBe(Math.Sqrt(0.14 / 3), 1e-9);
        // Priorities from the imbalance before each move: 6 − ⌈0.356 / 0.1 · √3⌉ = 6 − 7 → 2 (the highest for balancing).
        answer.Recommendations[0].Priority.ShouldBe(2);
    }
}
