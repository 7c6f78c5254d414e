using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// The plan, the host loads before and after, the VMs that cannot move (with the reason per host), the timeline, the
/// model's assumptions, and with the Optimal planner what the solver established.
/// </summary>
public sealed record BalanceAnswer(
    MigrationThreshold Threshold,
    double ImbalanceBefore,
    double ImbalanceAfter,
    IReadOnlyList<HostLoad> Before,
    IReadOnlyList<HostLoad> After,
    IReadOnlyList<BalanceRecommendation> Recommendations,
    IReadOnlyList<UnplacedVm> Unmovable,
    IReadOnlyList<ScheduledMigration> Timeline,
    string Explanation,
    string Assumptions = "",
    SolverSearch? Search = null)
{
    /// <summary>When the last migration ends; null when one of them never does.</summary>
    public double? TimelineSeconds => Timeline.Any(m => m.EndSeconds is null) ? null : Timeline.Select(m => m.EndSeconds!.Value).DefaultIfEmpty(0).Max();
}
