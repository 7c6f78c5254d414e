using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Placement.Optimal;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// The Optimal DRS planner: every VM re-placed by the placement's CP-SAT model (capacity, datastores, every rule as a
/// constraint), each host's load within the <see cref="BalanceBand"/>, minimising the VMs that leave their host. Starts
/// from the greedy plan's result and answers with it when the solver finds no plan with fewer moves.
/// </summary>
internal static class OptimalBalancer
{
    /// <summary>The hosts each VM should end on, or null to keep the greedy plan; and what the solver established.</summary>
    public static (int[]? Targets, SolverSearch Search) Solve(
        PlacementState original, PlacementState greedy, int greedyMoves, int forcedMoves, MigrationThreshold threshold,
        BalanceQuestion question, ProgressSink progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cluster = original.Cluster;
        var start = original.Clone();
        var vms = Enumerable.Range(0, cluster.VmCount).Where(v => original.HostOf[v] >= 0).ToArray();
        foreach (var v in vms)
        {
            start.Remove(v);
        }
        var model = new PlacementModel(start, vms, placeAll: true, hostsInterchangeable: false);
        if (!double.IsPositiveInfinity(threshold.Tolerance))
        {
            BalanceBand.Add(model.Model, model.Pairs, original, threshold.Tolerance);
        }
        var moves = LinearExpr.Sum(model.Pairs.Where(p => p.Host != original.HostOf[p.Vm]).Select(p => p.Chosen));
        model.Model.Add(moves <= forcedMoves + question.MaxMoves);
        model.Model.Minimize(moves);
        model.Hint(greedy);
        var budget = question.EffectiveTimeBudget;
        progress.Report("model", 0, 1, $"CP-SAT model of {vms.Length} VMs over {model.PairCount} feasible VM-host pairs");
        using var run = CpSatRun.Solve(model.Model, budget, budget, seed: null, progress, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture);
        var against = $"the greedy plan makes {greedyMoves} migration(s)";
        if (run.Status == CpSolverStatus.Infeasible)
        {
            return (null, new SolverSearch(SolverOutcome.ProvenInfeasible, clock.Elapsed.TotalSeconds,
                $"Proven in {seconds} s that no plan of at most {forcedMoves + question.MaxMoves} migrations puts every host within the band; the greedy plan instead, which makes {greedyMoves}."));
        }
        if (!run.Found)
        {
            return (null, new SolverSearch(SolverOutcome.HeuristicFallback, clock.Elapsed.TotalSeconds,
                $"Not proven optimal: the greedy plan, because the solver found no plan within {seconds} s; {against}."));
        }
        var found = (int)Math.Round(run.Solver.ObjectiveValue);
        var targets = original.HostOf.ToArray();
        foreach (var (v, h, chosen) in model.Pairs)
        {
            if (run.Solver.BooleanValue(chosen))
            {
                targets[v] = h;
            }
        }
        var search = run.Proven
            ? new SolverSearch(SolverOutcome.ProvenOptimal, clock.Elapsed.TotalSeconds,
                $"Proven optimal in {seconds} s: {found} migration(s), no plan within the band makes fewer; {against}.")
            : new SolverSearch(SolverOutcome.BestFound, clock.Elapsed.TotalSeconds,
                $"Best found in {seconds} s, not proven optimal: {found} migration(s); {against}.");
        return (targets, search);
    }
}
