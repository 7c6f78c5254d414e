using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// "What if these hosts fail?" Optionally also checks an admission control policy. <paramref name="Planner"/> chooses
/// between vSphere's restart order (the default: what HA does) and the CP-SAT assignment that restarts the most by
/// priority, within <paramref name="TimeBudget"/> (null: <see cref="PlacementQuestion.DefaultTimeBudget"/>).
/// </summary>
public sealed record FailoverQuestion(
    IReadOnlyList<string> FailedHosts,
    AdmissionControl? Admission = null,
    PlacementStrategy RestartStrategy = PlacementStrategy.WorstFit,
    RestartPlanner Planner = RestartPlanner.VSphereOrder,
    TimeSpan? TimeBudget = null)
{
    public TimeSpan EffectiveTimeBudget => TimeBudget ?? PlacementQuestion.DefaultTimeBudget;
}
