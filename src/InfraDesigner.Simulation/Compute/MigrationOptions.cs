using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// The knobs of a live migration question. Null <paramref name="BandwidthMbps"/> takes the migration
/// path's bottleneck; null <paramref name="DirtyRateMBps"/> takes the VM's own dirty rate (0 when it has none).
/// </summary>
public sealed record MigrationOptions(
    double? BandwidthMbps = null,
    double? DirtyRateMBps = null,
    double DowntimeLimitMs = 300,
    int MaxRounds = 30,
    MigrationStopPolicy Policy = MigrationStopPolicy.Qemu,
    bool AutoConverge = false)
{
    public static MigrationOptions Default { get; } = new();
}
