namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// The pre-copy loop. Round 0 sends all memory; each next round sends what the guest dirtied while
/// the previous one was on the wire, so without a cap V_i = M·(D/R)^i. Allocation-free unless
/// rounds are recorded.
/// </summary>
internal static class PreCopyModel
{
    /// <summary>Xen's "small last round": fewer than 50 dirty 4 KiB pages.</summary>
    public const double SmallRoundMb = 50 * 4096 / 1e6;

    private const double InitialThrottle = 20;
    private const double ThrottleStep = 10;
    private const double MaxThrottle = 99;

    public static MigrationSummary Evaluate(MigrationQuestion q, List<MigrationRound>? rounds)
    {
        var bandwidth = q.BandwidthMBps;
        var limitSeconds = q.DowntimeLimitMs / 1000;
        var dirtyCap = Math.Min(q.WritableWorkingSetMb ?? q.MemoryMb, q.MemoryMb);
        double toSend = q.MemoryMb, sent = 0, time = 0, throttle = 0;
        for (var i = 0; ; i++)
        {
            var duration = toSend / bandwidth;
            var dirtied = Math.Min(q.DirtyRateMBps * (1 - throttle / 100) * duration, dirtyCap);
            sent += toSend;
            time += duration;
            var downtime = dirtied / bandwidth;
            rounds?.Add(new MigrationRound(i, toSend, duration, dirtied, throttle, downtime * 1000));
            if (Stop(q, i + 1, dirtied, sent, downtime <= limitSeconds) is { } reason)
            {
                return new MigrationSummary(downtime <= limitSeconds, reason, i + 1, time + downtime, downtime * 1000, sent + dirtied, throttle);
            }
            if (q.AutoConverge && dirtied > 0.5 * toSend)
            {
                throttle = throttle == 0 ? InitialThrottle : Math.Min(MaxThrottle, throttle + ThrottleStep);
            }
            toSend = dirtied;
        }
    }

    private static MigrationStopReason? Stop(MigrationQuestion q, int roundsDone, double dirtied, double sent, bool withinLimit)
    {
        if (q.Policy == MigrationStopPolicy.Qemu)
        {
            if (withinLimit)
            {
                return MigrationStopReason.DowntimeWithinLimit;
            }
        }
        else if (dirtied < SmallRoundMb)
        {
            return MigrationStopReason.SmallLastRound;
        }
        else if (sent >= 3 * q.MemoryMb)
        {
            return MigrationStopReason.DataLimit;
        }
        return roundsDone >= q.MaxRounds ? MigrationStopReason.MaxRounds : null;
    }
}
