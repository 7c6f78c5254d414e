namespace InfraDesigner.Simulation.Placement;

/// <summary>The resources a VM reserves on a host, in the order the engines store them.</summary>
public enum Resource
{
    Cpu = 0,
    Ram = 1,
    Disk = 2,

    /// <summary>A shared datastore: one pool for the whole cluster, not a per-host dimension of the engines' arrays.</summary>
    Datastore = 3,
}
