using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// A DRS-style pass: first the moves rules and maintenance mode force, then greedy balancing
/// moves off any host (each the single move that lowers the standard deviation of host load most)
/// until the imbalance is within the threshold's tolerance (which shrinks with the number of hosts,
/// see <see cref="MigrationThreshold"/>), no move lowers it, or the move limit is reached.
/// </summary>
public static class BalancingAnalyzer
{
    public const string Engine = "balancing";

    public static BalanceAnswer Analyze(ClusterState state, BalanceQuestion question) =>
        Analyze(state, question, ProgressSink.None, CancellationToken.None);

    public static IAsyncEnumerable<SimulationEvent> AnalyzeStreaming(
        ClusterState state, BalanceQuestion question, CancellationToken cancellationToken = default) =>
        SimulationStream.Run(Engine, (sink, ct) => Analyze(state, question, sink, ct), cancellationToken);

    internal static BalanceAnswer Analyze(
        ClusterState state, BalanceQuestion question, ProgressSink progress, CancellationToken cancellationToken)
    {
        Validate(question);
        var cluster = new CompiledCluster(state);
        var placement = new PlacementState(cluster, keepInitialPlacement: true);
        if (question.MaintenanceHost is { } host)
        {
            placement.Maintenance[cluster.ResolveHost(host)] = true;
        }
        var threshold = MigrationThreshold.ForLevel(question.MigrationThreshold, Enumerable.Range(0, cluster.HostCount).Count(placement.IsAvailable));
        var plan = new Plan(placement, question, threshold.Hosts);
        var before = plan.Loads.Snapshot();
        var imbalanceBefore = plan.Loads.StdDev;

        for (var v = 0; v < cluster.VmCount; v++)
        {
            if (MandatoryReason(placement, v) is { } reason)
            {
                plan.Evacuate(v, reason);
            }
        }
        while (plan.BalanceMoves < question.MaxMoves && plan.Loads.StdDev > threshold.Tolerance)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress.Report("balancing", plan.BalanceMoves, question.MaxMoves, $"imbalance {plan.Loads.StdDev:0.####}");
            if (!plan.TryBalanceMove())
            {
                break;
            }
        }
        var timeline = MigrationScheduler.Schedule(plan.Moves, plan.Datastores, question);
        var imbalanceAfter = plan.Loads.StdDev;
        return new BalanceAnswer(threshold, imbalanceBefore, imbalanceAfter, before, plan.Loads.Snapshot(), plan.Moves,
            plan.Unmovable, timeline, Explain(threshold, imbalanceBefore, imbalanceAfter, plan, timeline), Assumptions(threshold, question));
    }

    private static MoveReason? MandatoryReason(PlacementState placement, int v)
    {
        var h = placement.HostOf[v];
        if (h < 0)
        {
            return null;
        }
        if (!placement.IsAvailable(h))
        {
            return MoveReason.Maintenance;
        }
        return placement.Cluster.HasRules[v] && !placement.SatisfiesRulesWhereItIs(v) ? MoveReason.RuleViolation : null;
    }

    private static void Validate(BalanceQuestion q)
    {
        if (q.MaxMoves < 0 || q.MaxConcurrentPerHost is < 1 || q.MaxConcurrentPerDatastore < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(q), "Move and concurrency limits must be positive.");
        }
        if (q.MigrationLinkMbps <= 0 || q.DirtyRateMBps < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(q), "Migration bandwidth must be positive and the dirty rate not negative.");
        }
    }

    private static string Assumptions(MigrationThreshold t, BalanceQuestion q) =>
        "Host load = the larger of CPU and RAM used (provisioned size × utilisation) over the host's cores and RAM; imbalance = " +
        $"the standard deviation of host load over the available hosts; {t.Describe()}; each move is the single one, off any host, " +
        $"that lowers the imbalance most, each VM tried on the {Plan.TargetsPerVm} least-loaded hosts lighter than its own that can take it; at most {q.MaxMoves} " +
        $"balancing moves; each priced as a live migration over {q.MigrationLinkMbps:0} Mbit/s at {q.DirtyRateMBps:0.#} MB/s dirtied " +
        $"({Migration.MigrationUnits.Statement}).";

    private static string Explain(MigrationThreshold t, double before, double after, Plan plan, IReadOnlyList<ScheduledMigration> timeline)
    {
        var text = $"Imbalance (standard deviation of host load) {before:0.###} → {after:0.###}, tolerance {t.Tolerance:0.###} at level {t.Level}; " +
                   $"{plan.Moves.Count} migration(s)";
        if (timeline.Count > 0)
        {
            text += timeline.Any(m => m.EndSeconds is null)
                ? $", {timeline.Count(m => m.EndSeconds is null)} of which do not converge on the shared link"
                : $", done after {timeline.Max(m => m.EndSeconds):0.#} s";
        }
        if (plan.Unmovable.Count > 0)
        {
            text += $"; {plan.Unmovable.Count} VM(s) cannot move: " +
                    string.Join(", ", plan.Unmovable.Select(u => $"{u.Vm} ({u.MostCommonBlock})"));
        }
        return text + ".";
    }
}
