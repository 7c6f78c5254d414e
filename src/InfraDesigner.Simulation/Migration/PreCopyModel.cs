namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// The pre-copy loop. Round 0 sends all memory; each next round sends what the guest dirtied while
/// the previous one was on the wire, so without a cap V_i = M·(D/R)^i. Allocation-free unless
/// rounds are recorded.
/// </summary>
internal static class PreCopyModel
{
    /// <summary>Xen's "small last round": fewer than 50 dirty 4 KiB pages.</summary>
    public const double SmallRoundMiB = 50 * 4096 / MigrationUnits.BytesPerMiB;

    // QEMU's cpu-throttle-initial, cpu-throttle-increment and max-cpu-throttle defaults.
    private const double InitialThrottle = 20;
    private const double ThrottleStep = 10;
    private const double MaxThrottle = 99;

    public static MigrationSummary Evaluate(MigrationQuestion q, List<MigrationRound>? rounds)
    {
        var payload = q.PayloadMiBps;
        var adaptation = q.RateAdaptation;
        var switchOverRate = adaptation is null ? payload : Math.Min(adaptation.MaxMiBps, payload);
        var limitSeconds = q.DowntimeLimitMs / 1000;
        var dirtyCap = Math.Min(q.WritableWorkingSetMiB ?? q.MemoryMiB, q.MemoryMiB);
        var rate = adaptation is null ? payload : Math.Min(adaptation.MinMiBps, payload);
        double toSend = q.MemoryMiB, sent = 0, time = 0, throttle = 0;
        var highDirtyRounds = 0;
        for (var i = 0; ; i++)
        {
            var duration = toSend / rate;
            var dirtied = Math.Min(q.DirtyRateMiBps * (1 - throttle / 100) * duration, dirtyCap);
            sent += toSend;
            time += duration;
            var downtime = dirtied / switchOverRate + q.ResumeMs / 1000;
            rounds?.Add(new MigrationRound(i, toSend, rate, duration, dirtied, throttle, downtime * 1000));
            var nextRate = adaptation is null ? payload : Math.Min(adaptation.Next(dirtied / duration), payload);
            var throttleCanRise = q.AutoConverge && throttle < MaxThrottle;
            var stop = Stop(q, i + 1, dirtied, toSend, sent, downtime <= limitSeconds, throttleCanRise)
                ?? (adaptation is not null && dirtied / duration + adaptation.IncrementMiBps > adaptation.MaxMiBps ? MigrationStopReason.RateAtMaximum : null);
            if (stop is { } reason)
            {
                var finished = q.Policy == MigrationStopPolicy.Xen || reason is MigrationStopReason.DowntimeWithinLimit or MigrationStopReason.RateAtMaximum;
                return new MigrationSummary(finished, finished && downtime <= limitSeconds, reason, i + 1,
                    finished ? time + downtime : null, finished ? downtime * 1000 : null, time,
                    finished ? sent + dirtied : sent, throttle);
            }
            // QEMU's migration_trigger_throttle: every second period whose dirtying exceeds the threshold share of what it sent.
            if (q.AutoConverge && dirtied > q.ThrottleTriggerThresholdPercent / 100 * toSend && ++highDirtyRounds >= 2)
            {
                highDirtyRounds = 0;
                throttle = throttle == 0 ? InitialThrottle : Math.Min(MaxThrottle, throttle + ThrottleStep);
            }
            toSend = dirtied;
            rate = nextRate;
        }
    }

    private static MigrationStopReason? Stop(
        MigrationQuestion q, int roundsDone, double dirtied, double toSend, double sent, bool withinLimit, bool throttleCanRise)
    {
        if (q.Policy == MigrationStopPolicy.Qemu)
        {
            if (withinLimit)
            {
                return MigrationStopReason.DowntimeWithinLimit;
            }
            if (q.RateAdaptation is null && dirtied >= toSend && !throttleCanRise)
            {
                return MigrationStopReason.NoProgress;
            }
        }
        else if (dirtied < SmallRoundMiB)
        {
            return MigrationStopReason.SmallLastRound;
        }
        else if (sent >= 3 * q.MemoryMiB)
        {
            return MigrationStopReason.DataLimit;
        }
        return roundsDone >= q.RoundLimit ? MigrationStopReason.MaxRounds : null;
    }
}
