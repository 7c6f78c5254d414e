namespace InfraDesigner.Simulation.Migration;

/// <summary>Which prerequisite of a live migration a check is; code matches on this, never on the display name.</summary>
public enum PrerequisiteId
{
    SharedDatastore,
    MigrationNetwork,
    TargetCapacity,
    CpuCompatibility,
}
