namespace InfraDesigner.Simulation.Migration;

public enum MigrationStopReason
{
    /// <summary>The remaining dirty pages fit in the downtime limit.</summary>
    DowntimeWithinLimit,

    /// <summary>Xen: the last round dirtied fewer than 50 pages.</summary>
    SmallLastRound,

    /// <summary>The round limit was reached (Xen's 30 rounds, or a limit asked for).</summary>
    MaxRounds,

    /// <summary>Xen: three times the VM's memory has been sent.</summary>
    DataLimit,

    /// <summary>QEMU: the dirty pages stopped shrinking and nothing (auto-converge) can make them shrink; QEMU would copy until cancelled.</summary>
    NoProgress,

    /// <summary>Rate adaptation: the next round would need more than the maximum rate, so pre-copy ends (Clark et al.).</summary>
    RateAtMaximum,
}
