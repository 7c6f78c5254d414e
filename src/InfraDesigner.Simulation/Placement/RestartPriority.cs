namespace InfraDesigner.Simulation.Placement;

/// <summary>HA restart priority, as in vSphere HA: higher restarts first, Disabled never restarts.</summary>
public enum RestartPriority
{
    Disabled,
    Lowest,
    Low,
    Medium,
    High,
    Highest,
}
