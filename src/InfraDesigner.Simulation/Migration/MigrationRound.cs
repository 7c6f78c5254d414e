namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// One pre-copy round: what it sent and how long that took, what the guest dirtied meanwhile (the
/// next round's volume), the CPU throttle in force, and the downtime if it stopped right after.
/// </summary>
public sealed record MigrationRound(
    int Index,
    double SentMb,
    double DurationSeconds,
    double DirtiedMb,
    double ThrottlePercent,
    double ExpectedDowntimeMs);
