using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// Which VMs restart where, which cannot and why, the surviving hosts afterwards, and the model's assumptions; with the
/// Optimal restart planner, what the solver established.
/// </summary>
public sealed record FailoverAnswer(
    IReadOnlyList<string> FailedHosts,
    IReadOnlyList<VmRestart> Restarts,
    IReadOnlyList<VmNotRestarted> NotRestarted,
    AdmissionAnswer? Admission,
    IReadOnlyList<HostHeadroom> Hosts,
    string Explanation,
    string Assumptions = "",
    SolverSearch? Search = null)
{
    public bool AllRestarted => NotRestarted.Count == 0;
}
