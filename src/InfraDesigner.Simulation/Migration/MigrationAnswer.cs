namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// The migration round by round, its totals, whether it finishes and converges and why (in words), and the
/// model's assumptions (units, overhead, policy). Total time and downtime are null when it never finishes.
/// </summary>
public sealed record MigrationAnswer(
    bool Converged,
    MigrationStopReason StopReason,
    IReadOnlyList<MigrationRound> Rounds,
    double? TotalSeconds,
    double? DowntimeMs,
    double DataSentMiB,
    string Explanation,
    bool Finished,
    string Assumptions);
