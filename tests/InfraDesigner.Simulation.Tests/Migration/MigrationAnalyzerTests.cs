using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Tests.Migration;

public class MigrationAnalyzerTests
{
    /// <summary>Worked question 7: vm-db, 16 GB, dirtying 200 MB/s.</summary>
    private static MigrationQuestion VmDb(double gbps, MigrationStopPolicy policy = MigrationStopPolicy.Qemu, bool autoConverge = false) =>
        new(MigrationUnits.GbToMb(16), 200, MigrationUnits.GbpsToMBps(gbps), Policy: policy, AutoConverge: autoConverge);

    [Fact]
    public void Worked_question_7_over_10_gbit_converges_in_3_rounds_with_54_ms_downtime()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(10));

        answer.Converged.ShouldBeTrue();
        answer.StopReason.ShouldBe(MigrationStopReason.DowntimeWithinLimit);
        answer.Rounds.Select(r => Math.Round(r.SentMb, 2)).ShouldBe([16384, 2621.44, 419.43]);
        answer.Rounds.Select(r => Math.Round(r.DurationSeconds, 4)).ShouldBe([13.1072, 2.0972, 0.3355]);
        answer.DowntimeMs.ShouldBe(53.687, 0.001);
        answer.TotalSeconds.ShouldBe(15.5936, 0.0001);
        answer.DataSentMb.ShouldBe(19491.98, 0.01);
        answer.Explanation.ShouldStartWith("Converges (the remaining dirty pages fit in the downtime limit): 3 pre-copy rounds, 15.59 s in total, 53.7 ms downtime");
    }

    [Fact]
    public void Worked_question_7_over_1_gbit_does_not_converge_and_says_why()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(1));

        answer.Converged.ShouldBeFalse();
        answer.StopReason.ShouldBe(MigrationStopReason.MaxRounds);
        answer.Rounds.Count.ShouldBe(30);
        answer.DowntimeMs.ShouldBeGreaterThan(300);
        answer.Explanation.ShouldStartWith("Does not converge within the 300 ms downtime limit: the guest dirties 200 MB/s, at least the 125 MB/s the link carries");
    }

    [Fact]
    public void Xen_stops_a_diverging_migration_once_three_times_the_memory_is_sent()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(1, MigrationStopPolicy.Xen));

        answer.StopReason.ShouldBe(MigrationStopReason.DataLimit);
        answer.Rounds.Count.ShouldBe(3);
        answer.Converged.ShouldBeFalse();
    }

    [Fact]
    public void Xen_stops_a_converging_migration_after_a_small_last_round()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(10, MigrationStopPolicy.Xen));

        answer.StopReason.ShouldBe(MigrationStopReason.SmallLastRound);
        answer.Rounds[^1].DirtiedMb.ShouldBeLessThan(50 * 4096 / 1e6);
        answer.Converged.ShouldBeTrue();
    }

    [Fact]
    public void Xen_gives_up_after_30_rounds()
    {
        var answer = MigrationAnalyzer.Analyze(new MigrationQuestion(16384, 1180, 1250, Policy: MigrationStopPolicy.Xen, WritableWorkingSetMb: 600));

        answer.StopReason.ShouldBe(MigrationStopReason.MaxRounds);
        answer.Rounds.Count.ShouldBe(30);
    }

    [Fact]
    public void Auto_converge_throttles_20_percent_then_10_more_each_round_until_it_converges()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(1, autoConverge: true));

        answer.Converged.ShouldBeTrue();
        answer.Rounds.Select(r => r.ThrottlePercent).Take(4).ShouldBe([0, 20, 30, 40]);
    }

    [Fact]
    public void A_writable_working_set_caps_what_one_round_can_dirty()
    {
        var answer = MigrationAnalyzer.Analyze(new MigrationQuestion(16384, 200, 125, WritableWorkingSetMb: 1024));

        answer.Rounds.Skip(1).ShouldAllBe(r => r.SentMb <= 1024 + 1e-9);
    }

    [Fact]
    public void The_summary_matches_the_full_answer()
    {
        var question = VmDb(10);

        var summary = MigrationAnalyzer.Estimate(question);
        var answer = MigrationAnalyzer.Analyze(question);

        (summary.Rounds, summary.DowntimeMs, summary.TotalSeconds).ShouldBe((answer.Rounds.Count, answer.DowntimeMs, answer.TotalSeconds));
    }

    [Theory]
    [InlineData(-1.0, "BandwidthMBps")]
    [InlineData(0.0, "BandwidthMBps")]
    public void A_bandwidth_that_is_not_positive_is_refused_naming_the_field(double bandwidth, string field)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => MigrationAnalyzer.Analyze(new MigrationQuestion(1024, 10, bandwidth)))
            .ParamName.ShouldBe(field);
    }
}
