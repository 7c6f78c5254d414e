namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// Pre-copy live migration of a VM with <paramref name="MemoryMiB"/> of RAM that dirties
/// <paramref name="DirtyRateMiBps"/>, over a link of <paramref name="LinkMiBps"/> (units: <see cref="MigrationUnits"/>).
/// The link carries <see cref="ProtocolOverheadPercent"/> less payload and is shared evenly by
/// <paramref name="ConcurrentMigrations"/> migrations off the same host. A writable working set caps what one
/// round can dirty. <paramref name="MaxRounds"/> null takes the policy's rule (Xen 30, QEMU none).
/// <paramref name="ResumeMs"/> is the time the VM takes to resume on the target, added to the downtime.
/// </summary>
public sealed record MigrationQuestion(
    double MemoryMiB,
    double DirtyRateMiBps,
    double LinkMiBps,
    double DowntimeLimitMs = 300,
    int? MaxRounds = null,
    MigrationStopPolicy Policy = MigrationStopPolicy.Qemu,
    bool AutoConverge = false,
    double? WritableWorkingSetMiB = null,
    double ProtocolOverheadPercent = MigrationQuestion.DefaultProtocolOverheadPercent,
    int ConcurrentMigrations = 1,
    RateAdaptation? RateAdaptation = null,
    double ResumeMs = 0,
    double ThrottleTriggerThresholdPercent = 50)
{
    /// <summary>
    /// TCP/IPv4 over Ethernet with 9000-byte jumbo frames, as VMware recommends for vMotion: 8,948 payload
    /// bytes of every 9,038 on the wire (IP and TCP headers with timestamps, Ethernet header, FCS, preamble,
    /// inter-frame gap). With 1500-byte frames it is 5.9 %.
    /// </summary>
    public const double DefaultProtocolOverheadPercent = 1.0;

    /// <summary>Xen's limit: 29 iterative rounds and the last (XEN's max_iters).</summary>
    public const int XenMaxRounds = 30;

    /// <summary>Where the model gives up on a QEMU migration that still shrinks, so an answer always comes.</summary>
    public const int SafetyRounds = 100_000;

    /// <summary>What one migration gets of the link: the payload share, split among the concurrent migrations.</summary>
    public double PayloadMiBps => LinkMiBps * (1 - ProtocolOverheadPercent / 100) / ConcurrentMigrations;

    public int RoundLimit => MaxRounds ?? (Policy == MigrationStopPolicy.Xen ? XenMaxRounds : SafetyRounds);

    internal void Validate()
    {
        Require(MemoryMiB > 0, nameof(MemoryMiB), "must be positive");
        Require(DirtyRateMiBps >= 0, nameof(DirtyRateMiBps), "cannot be negative");
        Require(LinkMiBps > 0, nameof(LinkMiBps), "must be positive");
        Require(DowntimeLimitMs > 0, nameof(DowntimeLimitMs), "must be positive");
        Require(MaxRounds is null or >= 1, nameof(MaxRounds), "must be at least 1");
        Require(WritableWorkingSetMiB is null or > 0, nameof(WritableWorkingSetMiB), "must be positive");
        Require(ProtocolOverheadPercent is >= 0 and < 100, nameof(ProtocolOverheadPercent), "must be from 0 to below 100");
        Require(ConcurrentMigrations >= 1, nameof(ConcurrentMigrations), "must be at least 1");
        Require(ResumeMs >= 0, nameof(ResumeMs), "cannot be negative");
        Require(ThrottleTriggerThresholdPercent > 0, nameof(ThrottleTriggerThresholdPercent), "must be positive");
        Require(RateAdaptation is null || (RateAdaptation.MinMiBps > 0 && RateAdaptation.MaxMiBps >= RateAdaptation.MinMiBps && RateAdaptation.IncrementMiBps >= 0),
            nameof(RateAdaptation), "needs 0 < minimum ≤ maximum and an increment ≥ 0");
    }

    private static void Require(bool ok, string field, string reason)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(field, $"{field} {reason}.");
        }
    }
}
