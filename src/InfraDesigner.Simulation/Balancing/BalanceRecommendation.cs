namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// One migration of the plan: why, how it changes the imbalance, and what the live migration costs when it runs
/// alone (s, ms, MiB); null time and downtime: it would not converge. The timeline prices it again with the link shared.
/// <paramref name="Priority"/> is vSphere's: 1 for a forced move, 2 (high) to 5 (slight) for balancing (see <see cref="MigrationThreshold"/>).
/// </summary>
public sealed record BalanceRecommendation(
    int Order,
    string Vm,
    string From,
    string To,
    MoveReason Reason,
    double ImbalanceBefore,
    double ImbalanceAfter,
    double? MigrationSeconds,
    double? DowntimeMs,
    double DataSentMiB,
    double RamGib,
    int Priority = 1)
{
    public double Improvement => ImbalanceBefore - ImbalanceAfter;
}
