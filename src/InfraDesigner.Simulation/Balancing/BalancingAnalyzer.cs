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
        var original = placement.Clone();
        var plan = Greedy(placement, question, threshold, progress, cancellationToken);
        SolverSearch? search = null;
        if (question.Planner == BalancePlanner.Optimal)
        {
            var forced = plan.Moves.Count - plan.BalanceMoves;
            var (targets, found) = OptimalBalancer.Solve(original, placement, plan.Moves.Count, forced, threshold, question, progress, cancellationToken);
            search = found;
            var moves = targets is null ? int.MaxValue : targets.Where((h, v) => h != original.HostOf[v]).Count();
            if (targets is not null && (moves < plan.Moves.Count || plan.Loads.StdDev > threshold.Tolerance))
            {
                plan = Replay(original, targets, question, threshold);
            }
        }
        var loadsBefore = new LoadTracker(original);
        var before = loadsBefore.Snapshot();
        var imbalanceBefore = loadsBefore.StdDev;
        var timeline = MigrationScheduler.Schedule(plan.Moves, plan.Datastores, question);
        var imbalanceAfter = plan.Loads.StdDev;
        var explanation = Explain(threshold, imbalanceBefore, imbalanceAfter, plan, timeline) + (search is null ? "" : " " + search.Summary);
        return new BalanceAnswer(threshold, imbalanceBefore, imbalanceAfter, before, plan.Loads.Snapshot(), plan.Moves,
            plan.Unmovable, timeline, explanation, Assumptions(threshold, question), search);
    }

    /// <summary>Today's DRS pass: the forced moves, then greedy balancing moves.</summary>
    private static Plan Greedy(
        PlacementState placement, BalanceQuestion question, MigrationThreshold threshold, ProgressSink progress, CancellationToken cancellationToken)
    {
        var cluster = placement.Cluster;
        var plan = new Plan(placement, question, threshold.Hosts);

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
        return plan;
    }

    /// <summary>
    /// The optimal planner's end state as a sequence of migrations: forced moves first, then each move whose target can
    /// take the VM at that point (when none can, as in a swap between full hosts, the next in line).
    /// </summary>
    private static Plan Replay(PlacementState original, int[] targets, BalanceQuestion question, MigrationThreshold threshold)
    {
        var placement = original.Clone();
        var plan = new Plan(placement, question, threshold.Hosts);
        var pending = Enumerable.Range(0, targets.Length).Where(v => targets[v] != original.HostOf[v])
            .OrderBy(v => MandatoryReason(placement, v) is null).ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(v => Fits(placement, v, targets[v]), pending[0]);
            pending.Remove(next);
            plan.Move(next, targets[next], MandatoryReason(placement, next) ?? MoveReason.Balance);
        }
        return plan;
    }

    private static bool Fits(PlacementState placement, int v, int to)
    {
        var from = placement.HostOf[v];
        placement.Remove(v);
        var fits = placement.Check(v, to) == PlacementBlock.None;
        placement.Place(v, from);
        return fits;
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
        $"the standard deviation of host load over the available hosts; {t.Describe()}; " +
        (q.Planner == BalancePlanner.Optimal && !double.IsPositiveInfinity(t.Tolerance)
            ? $"{BalanceBand.Statement(t.Tolerance)}, every rule and capacity as constraints, within {q.EffectiveTimeBudget.TotalSeconds:0.##} s (CP-SAT, Google OR-Tools; the greedy plan is its starting point and kept when it finds none with fewer moves); "
            : "") +
        $"the greedy plan's moves are each the single one, off any host, " +
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
