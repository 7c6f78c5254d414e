using Google.OrTools.Sat;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Placement.Optimal;

/// <summary>
/// Reports each better solution the solver finds: its objective, the proven bound, and the time used of the budget;
/// stops the search at the first solution whose objective is below <paramref name="stopBelow"/> when one is given.
/// </summary>
internal sealed class SolverProgress(ProgressSink progress, TimeSpan budget, double? stopBelow = null) : CpSolverSolutionCallback
{
    public int Solutions { get; private set; }

    public override void OnSolutionCallback()
    {
        Solutions++;
        var elapsedMs = (int)Math.Min(budget.TotalMilliseconds, WallTime() * 1000);
        progress.Report("solving", elapsedMs, (int)budget.TotalMilliseconds,
            $"solution {Solutions} after {WallTime():0.##} s: objective {ObjectiveValue():0}, bound {BestObjectiveBound():0}");
        if (ObjectiveValue() < stopBelow)
        {
            StopSearch();
        }
    }
}
