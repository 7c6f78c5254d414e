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
        var bestScore = PlacementScore.Of(best.State, toPlace);
        var pairs = PlacementModel.CountPairs(start, toPlace, PlacementModel.MaxPairs);
        if (pairs > PlacementModel.MaxPairs)
        {
            return Fallback(start, toPlace, question, best, clock,
                $"the exact model would have more than {PlacementModel.MaxPairs:N0} VM-host pairs, too many to solve within seconds");
        }
        progress.Report("model", 0, 1, $"CP-SAT model of {toPlace.Length} VMs over {pairs} feasible VM-host pairs");
        var model = new PlacementModel(start, toPlace);
        model.Hint(best.State);
        using var solver = new CpSolver { StringParameters = Parameters(question) };
        var callback = new SolverProgress(progress, question.EffectiveTimeBudget);
        CpSolverStatus status;
        // A stop asked for before the search starts is not kept by the solver, so check first.
        cancellationToken.ThrowIfCancellationRequested();
        using (cancellationToken.Register(solver.StopSearch))
        {
            status = solver.Solve(model.Model, callback);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return Fallback(start, toPlace, question, best, clock, $"the solver found no placement within its budget ({status})");
        }
        var log = new PlacementLog(start.Cluster.VmCount);
        var state = model.Read(solver, log);
        var score = PlacementScore.Of(state, toPlace);
        if (bestScore.IsBetterThan(score))
        {
            return Fallback(start, toPlace, question, best, clock,
                $"the solver's best within its budget ({score.Describe(toPlace.Length)}) was no better");
        }
        var bound = model.HostsLowerBound(solver.BestObjectiveBound, score);
        // All placed on as few hosts as the volume bound, breaking no should rule: optimal, whether or not the solver closed its gap.
        var provenByVolume = score.Placed == toPlace.Length && score.HostsUsed <= bound && score.SoftRulesBroken == 0;
        var outcome = status != CpSolverStatus.Optimal && !provenByVolume ? SolverOutcome.BestFound
            : score.Placed == toPlace.Length ? SolverOutcome.ProvenOptimal : SolverOutcome.ProvenInfeasible;
        var search = new OptimalSearch(outcome, best.Strategy, bound, clock.Elapsed.TotalSeconds,
            Summary(outcome, score, bestScore, best.Strategy, bound, toPlace.Length, clock.Elapsed));
        progress.Report("solving", 1, 1, search.Summary);
        return PlacementAnalyzer.Answer(start, state, log, toPlace, question, search);
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
            var score = PlacementScore.Of(run.State, toPlace);
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
            $"({PlacementScore.Of(best.State, toPlace).Describe(toPlace.Length)}), because {reason}.";
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
            SolverOutcome.ProvenOptimal => $"Proven optimal in {seconds} s: all {total} VMs on {score.HostsUsed} hosts, no placement uses fewer; {against}.",
            SolverOutcome.ProvenInfeasible => $"Proven in {seconds} s that not all {total} VMs fit: at most {score.Placed} do, placed here on {score.HostsUsed} hosts; {against}.",
            _ => $"Best found in {seconds} s, not proven optimal: {score.Describe(total)}" +
                (bound is { } b ? $"; at least {b} hosts are needed for as many VMs" : "; placing more VMs is not ruled out") + $"; {against}.",
        };
    }

    private static string Parameters(PlacementQuestion question) => string.Join(' ',
        $"max_time_in_seconds:{question.EffectiveTimeBudget.TotalSeconds.ToString(CultureInfo.InvariantCulture)}",
        $"num_workers:{PlacementModel.Workers}",
        $"random_seed:{(question.Seed ?? 0) & int.MaxValue}");
}
