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

    /// <summary>The host does not mount the shared datastore the VM's disk is on.</summary>
    NoDatastoreAccess,

    /// <summary>The VM's shared datastore has no room for its disk.</summary>
    Datastore,
}
