namespace InfraDesigner.Simulation.Migration;

/// <summary>The figures of a migration without its rounds: what the allocation-free evaluation returns.</summary>
public readonly record struct MigrationSummary(
    bool Converged,
    MigrationStopReason StopReason,
    int Rounds,
    double TotalSeconds,
    double DowntimeMs,
    double DataSentMb,
    double FinalThrottlePercent);
