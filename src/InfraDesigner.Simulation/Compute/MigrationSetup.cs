using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// A live migration as the topology poses it: the VM, where it runs and where it goes, the network
/// path, the prerequisites checked, and the pre-copy question (memory, dirty rate, link bandwidth).
/// </summary>
public sealed record MigrationSetup(
    string Vm,
    string SourceHost,
    string TargetHost,
    MigrationPath Path,
    string BandwidthSource,
    IReadOnlyList<PrerequisiteCheck> Prerequisites,
    MigrationQuestion Question)
{
    public bool PrerequisitesMet => Prerequisites.All(p => p.Met);
}
