using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Tests.Migration;

public class MigrationAnalyzerTests
{
    /// <summary>Worked question 7: vm-db, 16 GiB, dirtying 200 MB/s.</summary>
    private static MigrationQuestion VmDb(double linkMbps, MigrationStopPolicy policy = MigrationStopPolicy.Qemu, bool autoConverge = false) =>
        new(MigrationUnits.GibToMib(16), MigrationUnits.MBpsToMiBps(200), MigrationUnits.MbitpsToMiBps(linkMbps), Policy: policy, AutoConverge: autoConverge);

    [Fact]
    public void Units_are_binary_for_memory_and_decimal_for_rates()
    {
        MigrationUnits.GibToMib(1).ShouldBe(1024);
        (MigrationUnits.GibToMib(1) * MigrationUnits.BytesPerMiB).ShouldBe(1024.0 * 1024 * 1024);
        (MigrationUnits.MbitpsToMiBps(1_000) * MigrationUnits.BytesPerMiB * 8).ShouldBe(1e9, 1e-3);
        (MigrationUnits.MBpsToMiBps(1) * MigrationUnits.BytesPerMiB).ShouldBe(1e6, 1e-9);
    }

    /// <summary>By hand: R = 1,192.09 MiB/s × 0.99 = 1,180.17 MiB/s, D = 190.73 MiB/s; rounds 16,384 → 2,647.9 → 428.0 MiB, 69.2 MiB left = 58.6 ms.</summary>
    [Fact]
    public void Worked_question_7_over_10_gbit_converges_in_3_rounds_with_59_ms_downtime()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(10_000));

        answer.Converged.ShouldBeTrue();
        answer.StopReason.ShouldBe(MigrationStopReason.DowntimeWithinLimit);
        answer.Rounds.Select(r => Math.Round(r.SentMiB, 2)).ShouldBe([16384, 2647.92, 427.95]);
        answer.Rounds.Select(r => Math.Round(r.DurationSeconds, 4)).ShouldBe([13.8827, 2.2437, 0.3626]);
        answer.DowntimeMs!.Value.ShouldBe(58.604, 0.001);
        answer.TotalSeconds!.Value.ShouldBe(16.5476, 0.0001);
        answer.DataSentMiB.ShouldBe(19529.03, 0.01);
        answer.Explanation.ShouldStartWith("Converges (the remaining dirty pages fit in the downtime limit): 3 pre-copy rounds, 16.55 s in total, 58.6 ms downtime");
    }

    [Fact]
    public void The_protocol_overhead_is_a_parameter_that_slows_every_round()
    {
        var bare = MigrationAnalyzer.Analyze(VmDb(10_000) with { ProtocolOverheadPercent = 0 });
        var framed = MigrationAnalyzer.Analyze(VmDb(10_000) with { ProtocolOverheadPercent = 5.9 });

        bare.Rounds[0].DurationSeconds.ShouldBe(16384 / 1192.0929, 1e-4);
        framed.Rounds[0].DurationSeconds.ShouldBe(16384 / (1192.0929 * 0.941), 1e-4);
        framed.Assumptions.ShouldContain("5.9 % protocol overhead");
    }

    [Fact]
    public void Worked_question_7_over_1_gbit_does_not_converge_reports_no_finish_and_says_why()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(1_000));

        answer.Converged.ShouldBeFalse();
        answer.Finished.ShouldBeFalse();
        answer.StopReason.ShouldBe(MigrationStopReason.NoProgress);
        answer.TotalSeconds.ShouldBeNull();
        answer.DowntimeMs.ShouldBeNull();
        answer.Explanation.ShouldContain("the dirty pages no longer shrink (auto-converge is off); QEMU would copy until cancelled");
    }

    /// <summary>
    /// QEMU has no round limit (Xen's 30 rounds and 3 × RAM are Xen's): 16 GiB dirtying 120 MB/s over 1 Gbit/s (payload 123.75 MB/s)
    /// shrinks by 120/123.75 = 0.97 a round, so by hand the dirty pages fit in 300 ms after 200 rounds, 4,572 s in all.
    /// </summary>
    [Fact]
    public void Qemu_has_no_round_limit_so_16_gib_at_120_mb_per_s_over_1_gbit_converges_after_200_rounds()
    {
        var question = new MigrationQuestion(MigrationUnits.GibToMib(16), MigrationUnits.MBpsToMiBps(120), MigrationUnits.MbitpsToMiBps(1_000));

        var qemu = MigrationAnalyzer.Analyze(question);
        var xen = MigrationAnalyzer.Analyze(question with { Policy = MigrationStopPolicy.Xen });

        qemu.Converged.ShouldBeTrue();
        qemu.Rounds.Count.ShouldBe(200);
        qemu.TotalSeconds!.Value.ShouldBe(4_571.9, 0.1);
        xen.StopReason.ShouldBe(MigrationStopReason.DataLimit);
        xen.Converged.ShouldBeFalse();
    }

    [Fact]
    public void Xen_stops_a_diverging_migration_once_three_times_the_memory_is_sent_and_finishes_over_the_limit()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(1_000, MigrationStopPolicy.Xen));

        answer.StopReason.ShouldBe(MigrationStopReason.DataLimit);
        answer.Rounds.Count.ShouldBe(3);
        answer.Converged.ShouldBeFalse();
        answer.Finished.ShouldBeTrue();
        answer.DowntimeMs!.Value.ShouldBeGreaterThan(300);
        answer.Explanation.ShouldStartWith("Finishes over the 300 ms downtime limit");
    }

    [Fact]
    public void Xen_stops_a_converging_migration_after_a_small_last_round()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(10_000, MigrationStopPolicy.Xen));

        answer.StopReason.ShouldBe(MigrationStopReason.SmallLastRound);
        answer.Rounds[^1].DirtiedMiB.ShouldBeLessThan(50 * 4096 / MigrationUnits.BytesPerMiB);
        answer.Converged.ShouldBeTrue();
    }

    [Fact]
    public void Xen_gives_up_after_30_rounds()
    {
        var answer = MigrationAnalyzer.Analyze(new MigrationQuestion(16384, 1180, 1250, Policy: MigrationStopPolicy.Xen, WritableWorkingSetMiB: 600));

        answer.StopReason.ShouldBe(MigrationStopReason.MaxRounds);
        answer.Rounds.Count.ShouldBe(30);
    }

    /// <summary>
    /// QEMU's migration_trigger_throttle (throttle-trigger-threshold 50 %): a period whose dirtying exceeds half of
    /// what it sent counts; the throttle starts at cpu-throttle-initial 20 % on the second such period and rises by
    /// cpu-throttle-increment 10 % on every second one after.
    /// </summary>
    [Fact]
    public void Auto_converge_throttles_from_the_second_round_that_dirties_over_half_of_what_it_sent()
    {
        var answer = MigrationAnalyzer.Analyze(VmDb(1_000, autoConverge: true));

        answer.Converged.ShouldBeTrue();
        answer.Rounds.Select(r => r.ThrottlePercent).Take(6).ShouldBe([0, 0, 20, 20, 30, 30]);
    }

    [Fact]
    public void A_writable_working_set_caps_what_one_round_can_dirty()
    {
        var answer = MigrationAnalyzer.Analyze(new MigrationQuestion(16384, 200, 125, WritableWorkingSetMiB: 1024));

        answer.Rounds.Skip(1).ShouldAllBe(r => r.SentMiB <= 1024 + 1e-9);
    }

    [Fact]
    public void Concurrent_migrations_split_the_link()
    {
        var alone = MigrationAnalyzer.Analyze(VmDb(10_000));
        var shared = MigrationAnalyzer.Analyze(VmDb(10_000) with { ConcurrentMigrations = 4 });

        shared.Rounds[0].DurationSeconds.ShouldBe(4 * alone.Rounds[0].DurationSeconds, 1e-9);
        shared.Assumptions.ShouldContain("shared by 4 concurrent migrations");
    }

    [Fact]
    public void The_summary_matches_the_full_answer()
    {
        var question = VmDb(10_000);

        var summary = MigrationAnalyzer.Estimate(question);
        var answer = MigrationAnalyzer.Analyze(question);

        (summary.Rounds, summary.DowntimeMs, summary.TotalSeconds).ShouldBe((answer.Rounds.Count, answer.DowntimeMs, answer.TotalSeconds));
    }

    [Theory]
    [InlineData(-1.0, "LinkMiBps")]
    [InlineData(0.0, "LinkMiBps")]
    public void A_bandwidth_that_is_not_positive_is_refused_naming_the_field(double bandwidth, string field)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => MigrationAnalyzer.Analyze(new MigrationQuestion(1024, 10, bandwidth)))
            .ParamName.ShouldBe(field);
    }
}
