namespace InfraDesigner.Simulation.Placement;

public enum VmGroupKind
{
    /// <summary>All members run on the same host.</summary>
    Affinity,

    /// <summary>No two members run on the same host.</summary>
    AntiAffinity,
}
