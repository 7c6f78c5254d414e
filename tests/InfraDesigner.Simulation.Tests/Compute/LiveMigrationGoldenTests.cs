using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Tests.Compute;

/// <summary>
/// Worked question 7 on the built-in `live-migration` sample, through the adapter. By hand, with
/// M = 16 GB = 16,384 MB, D = 200 MB/s and 10 Gbit/s = R = 1,250 MB/s (QEMU stop rule, 300 ms limit):
/// round 0 sends 16,384 MB in 13.107 s while 2,621.4 MB get dirty; round 1 sends those in 2.097 s
/// (419.4 MB dirty); round 2 sends those in 0.336 s (67.1 MB dirty), and 67.1 MB take 53.7 ms, within
/// the limit: 3 rounds, 13.107 + 2.097 + 0.336 + 0.054 = 15.594 s in all, 53.7 ms downtime.
/// Over 1 Gbit/s R = 125 MB/s is below D, so every round dirties more than it sent until the dirty
/// pages cap at the whole 16,384 MB; after 30 rounds the stop-and-copy would take 131 s: no convergence.
/// </summary>
public class LiveMigrationGoldenTests
{
    private static readonly Topology Sample = SampleTopologies.LiveMigration.Topology;

    [Fact]
    public void The_adapter_takes_the_vms_memory_and_dirty_rate_and_the_10_gbit_migration_path_in_vlan_100()
    {
        var setup = MigrationSetupBuilder.From(Sample, "vm-db", "host2");

        setup.SourceHost.ShouldBe("host1");
        setup.Question.MemoryMb.ShouldBe(16_384);
        setup.Question.DirtyRateMBps.ShouldBe(200);
        setup.Question.BandwidthMBps.ShouldBe(1_250);
        setup.Path.Vlan.ShouldBe(100);
        setup.Path.Hops.ShouldBe(["host1/vmk-migration", "sw1/ge3", "sw1/ge4", "host2/vmk-migration"]);
        setup.Prerequisites.Select(p => (p.Name, p.Met)).ShouldBe(
        [
            ("shared datastore", true), ("migration network", true), ("target capacity", true), ("CPU compatibility", true),
        ]);
    }

    [Fact]
    public void Over_10_gbit_it_converges_after_3_rounds_in_15_6_s_with_54_ms_downtime()
    {
        var answer = MigrationAnalyzer.Analyze(MigrationSetupBuilder.From(Sample, "vm-db", "host2").Question);

        answer.Converged.ShouldBeTrue();
        answer.StopReason.ShouldBe(MigrationStopReason.DowntimeWithinLimit);
        answer.Rounds.Select(r => Math.Round(r.SentMb, 1)).ShouldBe([16_384.0, 2_621.4, 419.4]);
        answer.TotalSeconds.ShouldBe(15.594, 0.001);
        answer.DowntimeMs.ShouldBe(53.7, 0.1);
    }

    [Fact]
    public void With_the_migration_links_lowered_to_1_gbit_it_does_not_converge_and_says_why()
    {
        var slow = Sample with { Links = [.. Sample.Links.Select(l => l with { SpeedMbps = 1_000 })] };
        var setup = MigrationSetupBuilder.From(slow, "vm-db", "host2");

        var answer = MigrationAnalyzer.Analyze(setup.Question);

        setup.Question.BandwidthMBps.ShouldBe(125);
        answer.Converged.ShouldBeFalse();
        answer.StopReason.ShouldBe(MigrationStopReason.MaxRounds);
        answer.Rounds.Count.ShouldBe(30);
        answer.DowntimeMs.ShouldBe(131_072, 1);
        answer.Explanation.ShouldContain("Does not converge within the 300 ms downtime limit");
        answer.Explanation.ShouldContain("200 MB/s");
    }

    [Fact]
    public void A_bandwidth_asked_for_overrides_the_path()
    {
        var setup = MigrationSetupBuilder.From(Sample, "vm-db", "host2", new MigrationOptions(BandwidthMbps: 1_000));

        setup.Question.BandwidthMBps.ShouldBe(125);
        MigrationAnalyzer.Analyze(setup.Question).Converged.ShouldBeFalse();
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
