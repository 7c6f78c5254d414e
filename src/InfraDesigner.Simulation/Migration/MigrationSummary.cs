namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// The figures of a migration without its rounds: what the allocation-free evaluation returns.
/// <see cref="Finished"/> false (QEMU copying on without progress): <see cref="TotalSeconds"/> and
/// <see cref="DowntimeMs"/> are null, as it never switches over. Xen always finishes, perhaps over the limit.
/// </summary>
public readonly record struct MigrationSummary(
    bool Finished,
    bool Converged,
    MigrationStopReason StopReason,
    int Rounds,
    double? TotalSeconds,
    double? DowntimeMs,
    double PreCopySeconds,
    double DataSentMiB,
    double FinalThrottlePercent);
