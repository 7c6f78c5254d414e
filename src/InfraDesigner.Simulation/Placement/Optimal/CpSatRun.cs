using System.Globalization;
using Google.OrTools.Sat;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Placement.Optimal;

/// <summary>
/// One CP-SAT search of a model within a time budget, shared by every engine that solves exactly (placement, DRS
/// planning, HA restarts): each better solution is reported as progress against <paramref name="shownBudget"/>, a
/// cancellation stops the search, and the search stops early at the first solution whose objective is below
/// <paramref name="stopBelow"/> when one is given. Read the solution from <see cref="Solver"/>, then dispose.
/// </summary>
internal sealed class CpSatRun : IDisposable
{
    private CpSatRun(CpSolver solver, CpSolverStatus status)
    {
        Solver = solver;
        Status = status;
    }

    public CpSolver Solver { get; }

    public CpSolverStatus Status { get; }

    /// <summary>A solution was found (proven optimal or not).</summary>
    public bool Found => Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;

    public bool Proven => Status == CpSolverStatus.Optimal;

    public static CpSatRun Solve(
        CpModel model, TimeSpan budget, TimeSpan shownBudget, int? seed, ProgressSink progress, CancellationToken cancellationToken,
        double? stopBelow = null)
    {
        var solver = new CpSolver { StringParameters = Parameters(budget, seed) };
        var callback = new SolverProgress(progress, shownBudget, stopBelow);
        CpSolverStatus status;
        try
        {
            // A stop asked for before the search starts is not kept by the solver, so check first.
            cancellationToken.ThrowIfCancellationRequested();
            using (cancellationToken.Register(solver.StopSearch))
            {
                status = solver.Solve(model, callback);
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch
        {
            solver.Dispose();
            throw;
        }
        return new CpSatRun(solver, status);
    }

    /// <summary>What is left of <paramref name="budget"/> after <paramref name="elapsed"/>, at least a tenth so the solver can read its hint.</summary>
    public static TimeSpan Left(TimeSpan budget, TimeSpan elapsed) => TimeSpan.FromTicks(Math.Max(budget.Ticks / 10, (budget - elapsed).Ticks));

    public void Dispose() => Solver.Dispose();

    private static string Parameters(TimeSpan budget, int? seed) => string.Join(' ',
        $"max_time_in_seconds:{budget.TotalSeconds.ToString(CultureInfo.InvariantCulture)}",
        $"num_workers:{PlacementModel.Workers}",
        $"random_seed:{(seed ?? 0) & int.MaxValue}");
}
