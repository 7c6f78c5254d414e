namespace InfraDesigner.Simulation.Placement;

/// <summary>What the Optimal strategy minimises once it has placed as many VMs as it can (then the should rules broken).</summary>
public enum PlacementObjective
{
    /// <summary>As few hosts holding a VM as possible: consolidation, so the rest can be powered off or kept spare.</summary>
    FewestHosts,

    /// <summary>
    /// The busiest host as lightly loaded as possible: the largest share, over hosts and resources (vCPU, RAM, disk), of a
    /// host's capacity that its VMs reserve.
    /// </summary>
    Balanced,
}
