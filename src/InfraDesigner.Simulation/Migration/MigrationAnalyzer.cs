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
            summary.DowntimeMs, summary.DataSentMiB, MigrationExplanation.Explain(question, summary, rounds[^1]),
            summary.Finished, MigrationExplanation.Assumptions(question));
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
                    $"round {round.Index}: {round.SentMiB:0.#} MiB in {round.DurationSeconds:0.###} s, {round.DirtiedMiB:0.#} MiB dirtied");
            }
            return answer;
        }, cancellationToken);
}
