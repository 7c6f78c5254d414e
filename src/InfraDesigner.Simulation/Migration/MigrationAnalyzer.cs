using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Migration;

/// <summary>Models a pre-copy live migration (vMotion, Xen, QEMU/KVM).</summary>
public static class MigrationAnalyzer
{
    public const string Engine = "migration";

    public static MigrationAnswer Analyze(MigrationQuestion question)
    {
        question.Validate();
        var rounds = new List<MigrationRound>();
        var summary = PreCopyModel.Evaluate(question, rounds);
        return new MigrationAnswer(summary.Converged, summary.StopReason, rounds, summary.TotalSeconds,
            summary.DowntimeMs, summary.DataSentMb, Explain(question, summary, rounds[^1]));
    }

    /// <summary>The totals only, without allocating: for callers that evaluate many migrations.</summary>
    public static MigrationSummary Estimate(MigrationQuestion question)
    {
        question.Validate();
        return PreCopyModel.Evaluate(question, null);
    }

    public static IAsyncEnumerable<SimulationEvent> AnalyzeStreaming(
        MigrationQuestion question, CancellationToken cancellationToken = default) =>
        SimulationStream.Run(Engine, (sink, ct) =>
        {
            var answer = Analyze(question);
            foreach (var round in answer.Rounds)
            {
                ct.ThrowIfCancellationRequested();
                sink.Report("round", round.Index + 1, answer.Rounds.Count,
                    $"round {round.Index}: {round.SentMb:0.#} MB in {round.DurationSeconds:0.###} s, {round.DirtiedMb:0.#} MB dirtied");
            }
            return answer;
        }, cancellationToken);

    private static string Explain(MigrationQuestion q, MigrationSummary s, MigrationRound last)
    {
        var totals = $"{s.Rounds} pre-copy rounds, {s.TotalSeconds:0.##} s in total, {s.DowntimeMs:0.#} ms downtime (limit {q.DowntimeLimitMs:0} ms), {s.DataSentMb:0} MB sent";
        if (s.Converged)
        {
            return $"Converges ({Describe(s.StopReason)}): {totals}.";
        }
        var effectiveDirty = q.DirtyRateMBps * (1 - last.ThrottlePercent / 100);
        var why = effectiveDirty >= q.BandwidthMBps
            ? $"the guest dirties {effectiveDirty:0.#} MB/s, at least the {q.BandwidthMBps:0.#} MB/s the link carries, so no round is smaller than the last"
            : $"{last.DirtiedMb:0.#} MB are still dirty when it stops ({Describe(s.StopReason)})";
        return $"Does not converge within the {q.DowntimeLimitMs:0} ms downtime limit: {why}; {totals}.";
    }

    private static string Describe(MigrationStopReason reason) => reason switch
    {
        MigrationStopReason.DowntimeWithinLimit => "the remaining dirty pages fit in the downtime limit",
        MigrationStopReason.SmallLastRound => "the last round was small",
        MigrationStopReason.MaxRounds => "the round limit was reached",
        _ => "three times the VM's memory was sent",
    };
}
