namespace InfraDesigner.Simulation.Balancing;

/// <summary>One migration of the plan: why, how it changes the imbalance, and what the live migration costs.</summary>
public sealed record BalanceRecommendation(
    int Order,
    string Vm,
    string From,
    string To,
    MoveReason Reason,
    double ImbalanceBefore,
    double ImbalanceAfter,
    double MigrationSeconds,
    double DowntimeMs,
    double DataSentMb)
{
    public double Improvement => ImbalanceBefore - ImbalanceAfter;
}
