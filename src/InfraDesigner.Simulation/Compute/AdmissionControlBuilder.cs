using InfraDesigner.Domain.Compute;
using InfraDesigner.Simulation.Failover;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// The cluster's HA policy as the failover engine's admission control, counted on <paramref name="basis"/>
/// (vSphere's reservations unless the provisioned view is asked for); null when HA is off.
/// </summary>
public static class AdmissionControlBuilder
{
    public static AdmissionControl? From(HaPolicy ha, AdmissionBasis basis = AdmissionBasis.Reservations) => ha.Enabled
        ? new AdmissionControl(Map(ha.AdmissionControl), ha.HostFailuresToTolerate, ha.ReservedCpuPercent, ha.ReservedRamPercent,
            Basis: basis, FailoverHosts: ha.FailoverHosts is { } standby ? [.. standby] : null)
        : null;

    private static AdmissionPolicyKind Map(HaAdmissionControl kind) => kind switch
    {
        HaAdmissionControl.Percentage => AdmissionPolicyKind.ClusterResourcePercentage,
        HaAdmissionControl.SlotPolicy => AdmissionPolicyKind.SlotPolicy,
        HaAdmissionControl.DedicatedFailoverHosts => AdmissionPolicyKind.DedicatedFailoverHosts,
        _ => AdmissionPolicyKind.HostFailuresToTolerate,
    };
}
