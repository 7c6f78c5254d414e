namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// How much capacity HA keeps for failover. Slot sizes default to the largest powered-on VM's
/// vCPU and RAM, as vSphere does when no fixed slot is set.
/// </summary>
public sealed record AdmissionControl(
    AdmissionPolicyKind Kind,
    int HostFailuresToTolerate = 1,
    double CpuPercent = 25,
    double RamPercent = 25,
    int? SlotVcpu = null,
    double? SlotRamGb = null);
