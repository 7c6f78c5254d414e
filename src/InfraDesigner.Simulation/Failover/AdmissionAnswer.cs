namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// Whether the cluster, as it runs now, keeps the failover capacity the policy asks for; the
/// reserved and used percentages per resource (of MHz and GB when counting reservations, of the capacity after
/// overcommit in the provisioned view), and the slots for the slot policy.
/// </summary>
public sealed record AdmissionAnswer(
    AdmissionPolicyKind Kind,
    bool Admitted,
    double CpuReservedPercent,
    double RamReservedPercent,
    double CpuUsedPercent,
    double RamUsedPercent,
    SlotSummary? Slots,
    string Explanation,
    AdmissionBasis Basis = AdmissionBasis.Provisioned);
