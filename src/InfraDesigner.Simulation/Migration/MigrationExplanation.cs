namespace InfraDesigner.Simulation.Migration;

/// <summary>The migration answer in words: the verdict with its stopping reason, and the assumptions behind the figures.</summary>
internal static class MigrationExplanation
{
    public static string Explain(MigrationQuestion q, MigrationSummary s, MigrationRound last)
    {
        var rounds = $"{s.Rounds} pre-copy round{(s.Rounds == 1 ? "" : "s")}";
        if (!s.Finished)
        {
            return $"Does not converge within the {q.DowntimeLimitMs:0} ms downtime limit: {Describe(q, s.StopReason, last)}; it stopped after {rounds} ({s.PreCopySeconds:0.##} s, {s.DataSentMiB:0} MiB sent) " +
                "and never switches over, so there is no total time or downtime.";
        }
        var totals = $"{rounds}, {s.TotalSeconds:0.##} s in total, {s.DowntimeMs:0.#} ms downtime (limit {q.DowntimeLimitMs:0} ms), {s.DataSentMiB:0} MiB sent";
        return s.Converged
            ? $"Converges ({Describe(q, s.StopReason, last)}): {totals}."
            : $"Finishes over the {q.DowntimeLimitMs:0} ms downtime limit: {Describe(q, s.StopReason, last)}, so Xen stops and copies what is still dirty; {totals}.";
    }

    public static string Assumptions(MigrationQuestion q)
    {
        var policy = q.Policy == MigrationStopPolicy.Qemu
            ? $"QEMU stop rule (switch over once the dirty pages fit in the downtime limit; {(q.MaxRounds is { } max ? $"at most {max} rounds, as asked" : "no round limit")})"
            : $"Xen stop rule (at most {q.RoundLimit} rounds, a last round under 50 pages, or 3 × RAM sent)";
        var throttle = q.AutoConverge
            ? $"; auto-converge throttles the guest 20 %, then 10 % more, on every second round that dirties over {q.ThrottleTriggerThresholdPercent:0} % of what it sent"
            : "";
        var share = q.ConcurrentMigrations > 1 ? $", shared by {q.ConcurrentMigrations} concurrent migrations" : "";
        var rate = q.RateAdaptation is { } a
            ? $"; rate adapts from {a.MinMiBps:0.#} to {a.MaxMiBps:0.#} MiB/s (dirty rate + {a.IncrementMiBps:0.#} MiB/s each round)"
            : "";
        var wws = q.WritableWorkingSetMiB is { } w ? $"; writable working set {w:0.#} MiB" : "";
        var resume = q.ResumeMs > 0 ? $"; {q.ResumeMs:0.#} ms to resume on the target" : "";
        return $"Units: {MigrationUnits.Statement}. Link {q.LinkMiBps:0.#} MiB/s less {q.ProtocolOverheadPercent:0.#} % protocol overhead " +
            $"= {q.PayloadMiBps:0.#} MiB/s per migration{share}; {policy}{throttle}{rate}{wws}{resume}.";
    }

    private static string Describe(MigrationQuestion q, MigrationStopReason reason, MigrationRound last) => reason switch
    {
        MigrationStopReason.DowntimeWithinLimit => "the remaining dirty pages fit in the downtime limit",
        MigrationStopReason.SmallLastRound => "the last round was small",
        MigrationStopReason.MaxRounds when q.MaxRounds is null && q.Policy == MigrationStopPolicy.Qemu =>
            $"the model's limit of {MigrationQuestion.SafetyRounds:N0} rounds was reached while the dirty pages still shrank",
        MigrationStopReason.MaxRounds => $"the limit of {q.RoundLimit} rounds was reached with {last.DirtiedMiB:0.#} MiB still dirty",
        MigrationStopReason.NoProgress =>
            $"the guest dirties {last.DirtiedMiB:0.#} MiB while each round sends {last.SentMiB:0.#} MiB at {last.RateMiBps:0.#} MiB/s, so the dirty pages no longer shrink " +
            $"({(q.AutoConverge ? "even at the 99 % throttle" : "auto-converge is off")}); QEMU would copy until cancelled",
        MigrationStopReason.RateAtMaximum => "the next round would need more than the maximum rate, so pre-copy ends",
        _ => "three times the VM's memory was sent",
    };
}
