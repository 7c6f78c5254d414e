namespace InfraDesigner.Simulation.Failover;

/// <summary>vSphere HA admission control policies.</summary>
public enum AdmissionPolicyKind
{
    /// <summary>Slot policy: a slot is the largest VM's reservation (or size); the slots of the N hosts with most slots stay free.</summary>
    SlotPolicy,

    /// <summary>A fixed percentage of the cluster's CPU and RAM is kept free.</summary>
    ClusterResourcePercentage,

    /// <summary>The capacity of the N largest hosts is kept free (the percentage is derived from N).</summary>
    HostFailuresToTolerate,

    /// <summary>Named hosts stand by empty: admitted while no powered-on VM runs on them.</summary>
    DedicatedFailoverHosts,
}
