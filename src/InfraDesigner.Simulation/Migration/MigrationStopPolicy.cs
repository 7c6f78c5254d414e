namespace InfraDesigner.Simulation.Migration;

/// <summary>When pre-copy stops iterating and does the final stop-and-copy.</summary>
public enum MigrationStopPolicy
{
    /// <summary>
    /// QEMU: as soon as the pages still dirty could be sent within the downtime limit. No round limit:
    /// while the dirty pages shrink it keeps going; once they stop shrinking it never finishes.
    /// </summary>
    Qemu,

    /// <summary>Xen: after 30 rounds, a small last round, or 3 × RAM sent, whatever the downtime.</summary>
    Xen,
}
