namespace InfraDesigner.Domain.Compute;

/// <summary>How a cluster keeps capacity back for HA restarts.</summary>
public enum HaAdmissionControl
{
    /// <summary>Keep enough room for <see cref="HaPolicy.HostFailuresToTolerate"/> whole hosts.</summary>
    HostFailures,

    /// <summary>Keep <see cref="HaPolicy.ReservedCpuPercent"/> / <see cref="HaPolicy.ReservedRamPercent"/> of the cluster free.</summary>
    Percentage,

    /// <summary>Count slots sized by the largest VM reservation.</summary>
    SlotPolicy,

    /// <summary>Keep <see cref="HaPolicy.FailoverHosts"/> empty for restarts.</summary>
    DedicatedFailoverHosts,
}
