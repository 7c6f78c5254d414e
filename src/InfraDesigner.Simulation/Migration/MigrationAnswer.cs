namespace InfraDesigner.Simulation.Migration;

/// <summary>The migration round by round, its totals, whether it converges and why (in words).</summary>
public sealed record MigrationAnswer(
    bool Converged,
    MigrationStopReason StopReason,
    IReadOnlyList<MigrationRound> Rounds,
    double TotalSeconds,
    double DowntimeMs,
    double DataSentMb,
    string Explanation);
