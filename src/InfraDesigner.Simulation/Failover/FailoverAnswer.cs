using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>Which VMs restart where, which cannot and why, and the surviving hosts afterwards.</summary>
public sealed record FailoverAnswer(
    IReadOnlyList<string> FailedHosts,
    IReadOnlyList<VmRestart> Restarts,
    IReadOnlyList<VmNotRestarted> NotRestarted,
    AdmissionAnswer? Admission,
    IReadOnlyList<HostHeadroom> Hosts,
    string Explanation)
{
    public bool AllRestarted => NotRestarted.Count == 0;
}
