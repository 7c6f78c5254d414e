namespace InfraDesigner.Simulation.Migration;

public enum MigrationStopReason
{
    /// <summary>The remaining dirty pages fit in the downtime limit.</summary>
    DowntimeWithinLimit,

    /// <summary>Xen: the last round dirtied fewer than 50 pages.</summary>
    SmallLastRound,

    /// <summary>The round limit was reached.</summary>
    MaxRounds,

    /// <summary>Xen: three times the VM's memory has been sent.</summary>
    DataLimit,
}
