using InfraDesigner.Simulation.Migration;
using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Migration;

public class MigrationPrerequisitesTests
{
    [Fact]
    public void All_four_facts_hold_for_a_migration_that_can_go()
    {
        var facts = new MigrationFacts(true, true, true, true);

        MigrationPrerequisites.AllMet(facts).ShouldBeTrue();
        MigrationPrerequisites.Check(facts).ShouldAllBe(c => c.Met);
    }

    [Fact]
    public void A_missing_migration_network_is_named_as_the_failed_check()
    {
        var checks = MigrationPrerequisites.Check(new MigrationFacts(true, false, true, true));

        checks.Single(c => !c.Met).Detail.ShouldBe("no migration network path between the hosts");
    }

    [Fact]
    public void Each_check_carries_its_own_id_in_the_order_they_are_shown()
    {
        var checks = MigrationPrerequisites.Check(new MigrationFacts(true, false, true, true));

        checks.Select(c => c.Id).ShouldBe([PrerequisiteId.SharedDatastore, PrerequisiteId.MigrationNetwork, PrerequisiteId.TargetCapacity, PrerequisiteId.CpuCompatibility]);
        checks.Single(c => c.Id == PrerequisiteId.MigrationNetwork).Met.ShouldBeFalse();
    }

    [Fact]
    public void Capacity_and_cpu_compatibility_come_from_the_cluster()
    {
        var state = new ClusterState(
            [Host("host1"), Host("host2"), Host("small", cores: 2), Host("amd", cpu: "EPYC")],
            [Vm("vm-db", 8, 16, "host1")]);

        MigrationFacts.From(state, "vm-db", "host2", true, true).ShouldBe(new MigrationFacts(true, true, true, true));
        MigrationFacts.From(state, "vm-db", "small", true, true).TargetHasCapacity.ShouldBeFalse();
        MigrationFacts.From(state, "vm-db", "amd", true, true).CpuCompatible.ShouldBeFalse();
    }
}
