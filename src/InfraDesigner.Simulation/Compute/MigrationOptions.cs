using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// The knobs of a live migration question. Null <paramref name="BandwidthMbps"/> takes the migration
/// path's bottleneck; null <paramref name="DirtyRateMBps"/> (MB/s, 10^6 bytes/s) takes the VM's own dirty rate
/// (0 when it has none). <paramref name="ConcurrentMigrations"/> is how many migrations leave the source host
/// at once, this one included: they share its link, up to the vMotion per-host limit, and the rest wait.
/// </summary>
public sealed record MigrationOptions(
    double? BandwidthMbps = null,
    double? DirtyRateMBps = null,
    double DowntimeLimitMs = 300,
    int? MaxRounds = null,
    MigrationStopPolicy Policy = MigrationStopPolicy.Qemu,
    bool AutoConverge = false,
    double? WritableWorkingSetMiB = null,
    double ProtocolOverheadPercent = MigrationQuestion.DefaultProtocolOverheadPercent,
    int ConcurrentMigrations = 1)
{
    public static MigrationOptions Default { get; } = new();
}
