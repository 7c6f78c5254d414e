using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Tests.Compute;

/// <summary>
/// Worked question 7 on the built-in `live-migration` sample, through the adapter. By hand, with
/// M = 16 GiB = 16,384 MiB, D = 200 MB/s = 190.73 MiB/s and 10 Gbit/s = 1,192.09 MiB/s less the 1 % protocol
/// overhead = R = 1,180.17 MiB/s (QEMU stop rule, 300 ms limit): round 0 sends 16,384 MiB in 13.883 s while
/// 2,647.9 MiB get dirty; round 1 sends those in 2.244 s (427.9 MiB dirty); round 2 sends those in 0.363 s
/// (69.2 MiB dirty), and 69.2 MiB take 58.6 ms, within the limit: 3 rounds, 16.548 s in all, 58.6 ms downtime.
/// Over 1 Gbit/s R = 118.0 MiB/s is below D, so every round dirties more than it sent: no convergence.
/// </summary>
public class LiveMigrationGoldenTests
{
    private static readonly Topology Sample = SampleTopologies.LiveMigration.Topology;

    [Fact]
    public void The_adapter_takes_the_vms_memory_in_MiB_its_dirty_rate_and_the_10_gbit_path_in_MiB_per_s()
    {
        var setup = MigrationSetupBuilder.From(Sample, "vm-db", "host2");

        setup.SourceHost.ShouldBe("host1");
        setup.Question.MemoryMiB.ShouldBe(16_384);
        setup.Question.DirtyRateMiBps.ShouldBe(190.735, 0.001);
        setup.Question.LinkMiBps.ShouldBe(1_192.093, 0.001);
        setup.Path.Vlan.ShouldBe(100);
        setup.Path.Hops.ShouldBe(["host1/vmk-migration", "sw1/ge3", "sw1/ge4", "host2/vmk-migration"]);
        setup.Prerequisites.Select(p => (p.Name, p.Met)).ShouldBe(
        [
            ("shared datastore", true), ("migration network", true), ("target capacity", true), ("CPU compatibility", true),
        ]);
    }

    [Fact]
    public void Over_10_gbit_it_converges_after_3_rounds_in_16_5_s_with_59_ms_downtime()
    {
        var answer = MigrationAnalyzer.Analyze(MigrationSetupBuilder.From(Sample, "vm-db", "host2").Question);

        answer.Converged.ShouldBeTrue();
        answer.StopReason.ShouldBe(MigrationStopReason.DowntimeWithinLimit);
        answer.Rounds.Select(r => Math.Round(r.SentMiB, 1)).ShouldBe([16_384.0, 2_647.9, 427.9]);
        answer.TotalSeconds!.Value.ShouldBe(16.548, 0.001);
        answer.DowntimeMs!.Value.ShouldBe(58.6, 0.1);
        answer.Assumptions.ShouldContain("1 GiB = 1,024 MiB = 2^30 bytes");
        answer.Assumptions.ShouldContain("1 % protocol overhead");
    }

    [Fact]
    public void With_the_migration_links_lowered_to_1_gbit_it_does_not_converge_reports_no_downtime_and_says_why()
    {
        var slow = Sample with { Links = [.. Sample.Links.Select(l => l with { SpeedMbps = 1_000 })] };
        var setup = MigrationSetupBuilder.From(slow, "vm-db", "host2");

        var answer = MigrationAnalyzer.Analyze(setup.Question);

        setup.Question.LinkMiBps.ShouldBe(119.209, 0.001);
        answer.Converged.ShouldBeFalse();
        answer.Finished.ShouldBeFalse();
        answer.StopReason.ShouldBe(MigrationStopReason.NoProgress);
        answer.TotalSeconds.ShouldBeNull();
        answer.DowntimeMs.ShouldBeNull();
        answer.Explanation.ShouldStartWith("Does not converge within the 300 ms downtime limit: the guest dirties");
        answer.Explanation.ShouldContain("no total time or downtime");
    }

    [Fact]
    public void A_bandwidth_asked_for_overrides_the_path()
    {
        var setup = MigrationSetupBuilder.From(Sample, "vm-db", "host2", new MigrationOptions(BandwidthMbps: 1_000));

        setup.Question.LinkMiBps.ShouldBe(119.209, 0.001);
        MigrationAnalyzer.Analyze(setup.Question).Converged.ShouldBeFalse();
    }

    /// <summary>vSphere runs at most 8 vMotions per host on 10 GbE, so 12 asked share the link 8 ways and the other 4 wait.</summary>
    [Fact]
    public void Concurrent_migrations_share_the_link_up_to_the_vmotion_limit_of_8_on_10_gbe()
    {
        var setup = MigrationSetupBuilder.From(Sample, "vm-db", "host2", new MigrationOptions(ConcurrentMigrations: 12));

        setup.Question.ConcurrentMigrations.ShouldBe(8);
        setup.Question.PayloadMiBps.ShouldBe(1_180.17 / 8, 0.01);
        setup.BandwidthSource.ShouldContain("8 of the 12 migrations run at once");
    }

    [Fact]
    public void On_1_gbe_vsphere_allows_4_concurrent_vmotions_per_host()
    {
        var setup = MigrationSetupBuilder.From(Sample, "vm-db", "host2", new MigrationOptions(BandwidthMbps: 1_000, ConcurrentMigrations: 6));

        setup.Question.ConcurrentMigrations.ShouldBe(4);
    }

    [Fact]
    public void Without_a_cable_on_the_target_migration_nic_the_network_prerequisite_fails()
    {
        var cut = Sample with { Links = [.. Sample.Links.Where(l => l.A.ToString() != "host2/vmk-migration")] };

        var setup = MigrationSetupBuilder.From(cut, "vm-db", "host2");

        setup.Path.Found.ShouldBeFalse();
        setup.PrerequisitesMet.ShouldBeFalse();
        setup.Prerequisites.Single(p => p.Id == PrerequisiteId.MigrationNetwork).Detail.ShouldContain("no cabled layer-2 path");
    }

    [Fact]
    public void A_migration_nic_on_another_vlan_is_not_a_path()
    {
        var sw1 = Sample.FindElement<Domain.Network.Switch>("sw1")!;
        var moved = sw1 with { Interfaces = sw1.Interfaces.SetItem(3, sw1.Interfaces[3] with { Switchport = Domain.Network.Switchport.Access(80) }) };

        MigrationSetupBuilder.From(Sample.WithElement(moved), "vm-db", "host2").Path.Found.ShouldBeFalse();
    }

    [Theory]
    [InlineData("vm-x", "host2", "vm")]
    [InlineData("vm-db", "host9", "targetHost")]
    [InlineData("vm-db", "host1", "targetHost")]
    public void A_question_the_topology_cannot_answer_names_the_field(string vm, string target, string field)
    {
        var error = Should.Throw<ComputeInputException>(() => MigrationSetupBuilder.From(Sample, vm, target));

        error.Problems.ShouldHaveSingleItem().Path.ShouldBe(field);
    }
}
