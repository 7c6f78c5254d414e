namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// Pre-copy live migration of a VM with <paramref name="MemoryMb"/> of RAM that dirties
/// <paramref name="DirtyRateMBps"/>, over a link of <paramref name="BandwidthMBps"/> (MB are 10^6 bytes;
/// see <see cref="MigrationUnits"/>). A writable working set caps what one round can dirty.
/// </summary>
public sealed record MigrationQuestion(
    double MemoryMb,
    double DirtyRateMBps,
    double BandwidthMBps,
    double DowntimeLimitMs = 300,
    int MaxRounds = 30,
    MigrationStopPolicy Policy = MigrationStopPolicy.Qemu,
    bool AutoConverge = false,
    double? WritableWorkingSetMb = null)
{
    internal void Validate()
    {
        Require(MemoryMb > 0, nameof(MemoryMb), "must be positive");
        Require(DirtyRateMBps >= 0, nameof(DirtyRateMBps), "cannot be negative");
        Require(BandwidthMBps > 0, nameof(BandwidthMBps), "must be positive");
        Require(DowntimeLimitMs > 0, nameof(DowntimeLimitMs), "must be positive");
        Require(MaxRounds >= 1, nameof(MaxRounds), "must be at least 1");
        Require(WritableWorkingSetMb is null or > 0, nameof(WritableWorkingSetMb), "must be positive");
    }

    private static void Require(bool ok, string field, string reason)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(field, $"{field} {reason}.");
        }
    }
}
