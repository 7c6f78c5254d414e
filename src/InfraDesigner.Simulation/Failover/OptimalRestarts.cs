using System.Diagnostics;
using System.Globalization;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Placement.Optimal;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Failover;

/// <summary>
/// The Optimal restart planner: the VMs of the failed hosts placed on the survivors by the placement's CP-SAT model
/// (capacity, datastores and rules as constraints), leaving out the least by restart priority, each level weighing
/// more than every VM of the lower levels together. Starts from vSphere's order and keeps it when the solver finds
/// nothing that restarts more by priority.
/// </summary>
internal static class OptimalRestarts
{
    public static (FailoverOutcome Outcome, SolverSearch Search) Plan(
        FailoverSimulator simulator, int[] failed, FailoverOutcome vSphere, TimeSpan budget, ProgressSink progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cluster = simulator.Cluster;
        var start = simulator.Baseline.Clone();
        foreach (var v in vSphere.Victims)
        {
            start.Remove(v);
        }
        foreach (var h in failed)
        {
            start.Down[h] = true;
        }
        var eligible = vSphere.Victims.Where(v => cluster.Vms[v].RestartPriority != RestartPriority.Disabled).ToArray();
        var weight = Weights(cluster, eligible);
        var model = new PlacementModel(start, eligible, leftOutWeight: v => weight[cluster.Vms[v].RestartPriority]);
        model.Hint(vSphere.After);
        using var run = CpSatRun.Solve(model.Model, budget, budget, seed: null, progress, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        if (!run.Found)
        {
            return (vSphere, new SolverSearch(SolverOutcome.HeuristicFallback, seconds,
                $"vSphere's restart order, because the solver found no assignment within {Seconds(seconds)} s."));
        }
        var state = model.Read(run.Solver, new PlacementLog(cluster.VmCount));
        var solved = Outcome(state, vSphere.Victims);
        var better = Score(solved, weight, cluster) > Score(vSphere, weight, cluster);
        var chosen = better ? solved : vSphere;
        var what = $"{chosen.Restarted.Count} of {eligible.Length} VMs restart ({ByPriority(chosen, cluster)})";
        var against = $"vSphere's order restarts {vSphere.Restarted.Count} ({ByPriority(vSphere, cluster)})";
        var search = run.Proven
            ? new SolverSearch(SolverOutcome.ProvenOptimal, seconds,
                $"Proven optimal in {Seconds(seconds)} s: {what}, no assignment restarts more by priority; {against}.")
            : better
                ? new SolverSearch(SolverOutcome.BestFound, seconds, $"Best found in {Seconds(seconds)} s, not proven optimal: {what}; {against}.")
                : new SolverSearch(SolverOutcome.HeuristicFallback, seconds,
                    $"Not proven optimal: vSphere's restart order, because the solver found nothing better in {Seconds(seconds)} s; {against}.");
        return (chosen, search);
    }

    /// <summary>Per restart priority, what leaving one VM out costs: one more than leaving out every eligible VM of the lower priorities.</summary>
    private static Dictionary<RestartPriority, long> Weights(CompiledCluster cluster, int[] eligible)
    {
        var weight = new Dictionary<RestartPriority, long>();
        var below = 0L;
        foreach (var priority in Enum.GetValues<RestartPriority>().Where(p => p != RestartPriority.Disabled).Order())
        {
            weight[priority] = below + 1;
            below += weight[priority] * eligible.Count(v => cluster.Vms[v].RestartPriority == priority);
        }
        return weight;
    }

    private static FailoverOutcome Outcome(PlacementState state, int[] victims)
    {
        var restarted = victims.Where(v => state.HostOf[v] >= 0).ToList();
        var lost = victims.Where(v => state.HostOf[v] < 0).ToList();
        return new FailoverOutcome(state, victims, restarted, lost);
    }

    private static long Score(FailoverOutcome outcome, Dictionary<RestartPriority, long> weight, CompiledCluster cluster) =>
        outcome.Restarted.Sum(v => weight[cluster.Vms[v].RestartPriority]);

    private static string ByPriority(FailoverOutcome outcome, CompiledCluster cluster) => string.Join(", ",
        outcome.Restarted.GroupBy(v => cluster.Vms[v].RestartPriority).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));

    private static string Seconds(double seconds) => seconds.ToString("0.##", CultureInfo.InvariantCulture);
}
