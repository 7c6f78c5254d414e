using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Placement.Optimal;

/// <summary>
/// The Optimal strategy: runs the five heuristics, hands the best one's placement to CP-SAT as a hint, and answers
/// with the solver's placement and what it proved, or with the best heuristic's answer (saying so) when the solver
/// found nothing better within its budget or the instance is too large for the exact model.
/// </summary>
internal static class OptimalPlacer
{
    private static readonly PlacementStrategy[] Heuristics =
        [PlacementStrategy.FirstFit, PlacementStrategy.BestFit, PlacementStrategy.WorstFit, PlacementStrategy.DotProduct, PlacementStrategy.L2Norm];

    public static PlacementAnswer Place(
        PlacementState start, int[] toPlace, PlacementQuestion question, ProgressSink progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var best = BestHeuristic(start, toPlace, question, progress, cancellationToken);
        var bestScore = PlacementScore.Of(best.State, toPlace, question.Objective);
        var pairs = PlacementModel.CountPairs(start, toPlace, PlacementModel.MaxPairs);
        if (pairs > PlacementModel.MaxPairs)
        {
            return Fallback(start, toPlace, question, best, clock,
                $"the exact model would have more than {PlacementModel.MaxPairs:N0} VM-host pairs, too many to solve within seconds");
        }
        progress.Report("model", 0, 1, $"CP-SAT model of {toPlace.Length} VMs over {pairs} feasible VM-host pairs");
        var budget = question.EffectiveTimeBudget;
        var allFit = bestScore.Placed == toPlace.Length;
        var solved = Solve(new PlacementModel(start, toPlace, allFit, question.Objective), best.State, question, Left(budget, clock), progress, cancellationToken);
        // Once every VM is known to fit, "each VM on exactly one host" propagates far better than "at most one" weighed by
        // the objective: the rest of the budget goes to that model, started from the placement just found.
        if (!allFit && solved is { Score.Placed: var placed } && placed == toPlace.Length && clock.Elapsed < budget)
        {
            solved = Solve(new PlacementModel(start, toPlace, placeAll: true, question.Objective), solved.Value.State, question, Left(budget, clock), progress, cancellationToken) ?? solved;
        }
        if (solved is not { } found)
        {
            return Fallback(start, toPlace, question, best, clock, "the solver found no placement within its budget");
        }
        var (model, status, state, log, score, objectiveBound) = found;
        if (bestScore.IsBetterThan(score))
        {
            return Fallback(start, toPlace, question, best, clock,
                $"the solver's best within its budget ({score.Describe(toPlace.Length)}) was no better");
        }
        var bound = model.HostsLowerBound(objectiveBound, score);
        // All placed on as few hosts as the volume bound, breaking no should rule: optimal, whether or not the solver closed its gap.
        var provenByVolume = score.Placed == toPlace.Length && score.HostsUsed <= bound && score.SoftRulesBroken == 0;
        var outcome = status != CpSolverStatus.Optimal && !provenByVolume ? SolverOutcome.BestFound
            : score.Placed == toPlace.Length ? SolverOutcome.ProvenOptimal : SolverOutcome.ProvenInfeasible;
        var search = new OptimalSearch(outcome, best.Strategy, bound, clock.Elapsed.TotalSeconds,
            Summary(outcome, score, bestScore, best.Strategy, bound, toPlace.Length, clock.Elapsed));
        progress.Report("solving", 1, 1, search.Summary);
        return PlacementAnalyzer.Answer(start, state, log, toPlace, question, search);
    }

    /// <summary>What is left of the budget (the heuristics and earlier searches count).</summary>
    private static TimeSpan Left(TimeSpan budget, Stopwatch clock) => CpSatRun.Left(budget, clock.Elapsed);

    private readonly record struct Solved(
        PlacementModel Model, CpSolverStatus Status, PlacementState State, PlacementLog Log, PlacementScore Score, double ObjectiveBound);

    /// <summary>One CP-SAT search from <paramref name="hint"/> within <paramref name="budget"/>; null when it found no placement.</summary>
    private static Solved? Solve(
        PlacementModel model, PlacementState hint, PlacementQuestion question, TimeSpan budget, ProgressSink progress, CancellationToken cancellationToken)
    {
        model.Hint(hint);
        // Without every VM known to fit, the first placement of all is handed on to the stronger model at once.
        using var run = CpSatRun.Solve(model.Model, budget, question.EffectiveTimeBudget, question.Seed, progress, cancellationToken,
            model.PlacesAll ? null : model.AllPlacedBelow);
        if (!run.Found)
        {
            return null;
        }
        var log = new PlacementLog(hint.Cluster.VmCount);
        var state = model.Read(run.Solver, log);
        return new Solved(model, run.Status, state, log, PlacementScore.Of(state, model.Vms, question.Objective), run.Solver.BestObjectiveBound);
    }

    /// <summary>The heuristic whose placement scores best on the Optimal objective (ties: the earlier in the list).</summary>
    private static HeuristicRun BestHeuristic(
        PlacementState start, int[] toPlace, PlacementQuestion question, ProgressSink progress, CancellationToken cancellationToken)
    {
        HeuristicRun? best = null;
        var bestScore = default(PlacementScore);
        for (var i = 0; i < Heuristics.Length; i++)
        {
            progress.Report("heuristics", i, Heuristics.Length, $"starting point: {Heuristics[i]}");
            var run = HeuristicRun.Of(start, toPlace, Heuristics[i], question, ProgressSink.None, cancellationToken);
            var score = PlacementScore.Of(run.State, toPlace, question.Objective);
            if (best is null || score.IsBetterThan(bestScore))
            {
                (best, bestScore) = (run, score);
            }
        }
        return best!;
    }

    private static PlacementAnswer Fallback(
        PlacementState start, int[] toPlace, PlacementQuestion question, HeuristicRun best, Stopwatch clock, string reason)
    {
        var summary = $"Not proven optimal: the best heuristic's answer, {best.Strategy} " +
            $"({PlacementScore.Of(best.State, toPlace, question.Objective).Describe(toPlace.Length)}), because {reason}.";
        var search = new OptimalSearch(SolverOutcome.HeuristicFallback, best.Strategy, null, clock.Elapsed.TotalSeconds, summary);
        return PlacementAnalyzer.Answer(start, best.State, best.Log, toPlace, question, search);
    }

    private static string Summary(
        SolverOutcome outcome, PlacementScore score, PlacementScore heuristic, PlacementStrategy heuristicName, int? bound, int total, TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture);
        var against = $"the best heuristic, {heuristicName}, placed {heuristic.Describe(total)}";
        return outcome switch
        {
            SolverOutcome.ProvenOptimal when score.Objective == PlacementObjective.Balanced =>
                $"Proven optimal in {seconds} s: all {total} VMs placed with the busiest host at {PlacementScore.Percent(score.PeakPerMille)} of its capacity, no placement keeps it lower; {against}.",
            SolverOutcome.ProvenOptimal => $"Proven optimal in {seconds} s: all {total} VMs on {score.HostsUsed} hosts, no placement uses fewer; {against}.",
            SolverOutcome.ProvenInfeasible => $"Proven in {seconds} s that not all {total} VMs fit: at most {score.Placed} do, placed here on {score.HostsUsed} hosts; {against}.",
            _ => $"Best found in {seconds} s, not proven optimal: {score.Describe(total)}" +
                (bound is { } b ? $"; at least {b} hosts are needed for as many VMs" : score.Placed < total ? "; placing more VMs is not ruled out" : "") + $"; {against}.",
        };
    }
}
