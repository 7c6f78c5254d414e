namespace InfraDesigner.Simulation.Placement;

/// <summary>Why a host cannot take a VM (the first filter that rejects it).</summary>
public enum PlacementBlock
{
    None,
    HostDown,
    Maintenance,
    MustRunOn,
    MustNotRunOn,
    Affinity,
    AntiAffinity,
    Cpu,
    Ram,
    Disk,
}
