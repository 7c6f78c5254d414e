namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// How the Optimal strategy's answer was reached: the solver's outcome, the heuristic the answer fell back to (or
/// whose answer was the starting point), the proven lower bound on hosts when the solver has one, and a sentence.
/// </summary>
public sealed record OptimalSearch(
    SolverOutcome Outcome,
    PlacementStrategy BestHeuristic,
    int? HostsLowerBound,
    double Seconds,
    string Summary) : ISolverSearch
{
    public bool Proven => Outcome is SolverOutcome.ProvenOptimal or SolverOutcome.ProvenInfeasible;
}
