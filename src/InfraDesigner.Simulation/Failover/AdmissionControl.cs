namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// How much capacity HA keeps for failover, counted on <paramref name="Basis"/>. Slot sizes default to the largest
/// powered-on VM's demand (its reservations, or its vCPU and RAM in the provisioned view), as vSphere does when no
/// fixed slot is set. <paramref name="FailoverHosts"/> are the dedicated failover hosts of that policy.
/// <paramref name="MinCpuMhz"/> and <paramref name="MinMemoryMb"/> are vSphere's das.vmcpuminmhz and das.vmmemoryminmb.
/// </summary>
public sealed record AdmissionControl(
    AdmissionPolicyKind Kind,
    int HostFailuresToTolerate = 1,
    double CpuPercent = 25,
    double RamPercent = 25,
    int? SlotVcpu = null,
    double? SlotRamGb = null,
    AdmissionBasis Basis = AdmissionBasis.Provisioned,
    IReadOnlyList<string>? FailoverHosts = null,
    double MinCpuMhz = AdmissionControl.DefaultMinCpuMhz,
    double MinMemoryMb = 0)
{
    public const double DefaultMinCpuMhz = 32;
}
