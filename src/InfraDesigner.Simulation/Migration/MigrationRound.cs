namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// One pre-copy round (MiB, s, MiB/s): what it sent, at which rate and how long that took, what the guest
/// dirtied meanwhile (the next round's volume), the CPU throttle in force, and the downtime if it stopped right after.
/// </summary>
public sealed record MigrationRound(
    int Index,
    double SentMiB,
    double RateMiBps,
    double DurationSeconds,
    double DirtiedMiB,
    double ThrottlePercent,
    double ExpectedDowntimeMs);
