namespace InfraDesigner.Simulation.Failover;

/// <summary>What admission control counts of each powered-on VM.</summary>
public enum AdmissionBasis
{
    /// <summary>
    /// vSphere's: CPU and memory reservations against the hosts' MHz and GB. A VM without a CPU reservation counts
    /// 32 MHz (das.vmcpuminmhz), its memory is its reservation (0 MB by default, das.vmmemoryminmb) plus its overhead.
    /// </summary>
    Reservations,

    /// <summary>The provisioned vCPU and RAM against the hosts' capacity after overcommit: how much is promised, not guaranteed.</summary>
    Provisioned,
}
