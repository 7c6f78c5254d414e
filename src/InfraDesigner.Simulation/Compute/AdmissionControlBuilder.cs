using InfraDesigner.Domain.Compute;
using InfraDesigner.Simulation.Failover;

namespace InfraDesigner.Simulation.Compute;

/// <summary>The cluster's HA policy as the failover engine's admission control; null when HA is off.</summary>
public static class AdmissionControlBuilder
{
    public static AdmissionControl? From(HaPolicy ha) => ha.Enabled
        ? new AdmissionControl(Map(ha.AdmissionControl), ha.HostFailuresToTolerate, ha.ReservedCpuPercent, ha.ReservedRamPercent)
        : null;

    private static AdmissionPolicyKind Map(HaAdmissionControl kind) => kind switch
    {
        HaAdmissionControl.Percentage => AdmissionPolicyKind.ClusterResourcePercentage,
        HaAdmissionControl.SlotPolicy => AdmissionPolicyKind.SlotPolicy,
        _ => AdmissionPolicyKind.HostFailuresToTolerate,
    };
}
