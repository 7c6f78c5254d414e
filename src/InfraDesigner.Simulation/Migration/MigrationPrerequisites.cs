namespace InfraDesigner.Simulation.Migration;

/// <summary>Checks the facts a live migration needs; a pure function so each fact can come from its own engine.</summary>
public static class MigrationPrerequisites
{
    public static IReadOnlyList<PrerequisiteCheck> Check(MigrationFacts facts) =>
    [
        new(PrerequisiteId.SharedDatastore, "shared datastore", facts.SharedDatastore, facts.SharedDatastore
            ? "both hosts see the VM's datastore, so the disks stay where they are"
            : "the target host does not see the VM's datastore: the disks would have to move too"),
        new(PrerequisiteId.MigrationNetwork, "migration network", facts.MigrationNetworkReachable, facts.MigrationNetworkReachable
            ? "the hosts reach each other on the migration network"
            : "no migration network path between the hosts"),
        new(PrerequisiteId.TargetCapacity, "target capacity", facts.TargetHasCapacity, facts.TargetHasCapacity
            ? "the target host can take the VM"
            : "the target host lacks the capacity (or a rule forbids it)"),
        new(PrerequisiteId.CpuCompatibility, "CPU compatibility", facts.CpuCompatible, facts.CpuCompatible
            ? "same CPU model on both hosts"
            : "different CPU models: the running guest could see missing instructions"),
    ];

    public static bool AllMet(MigrationFacts facts) =>
        facts.SharedDatastore && facts.MigrationNetworkReachable && facts.TargetHasCapacity && facts.CpuCompatible;
}
