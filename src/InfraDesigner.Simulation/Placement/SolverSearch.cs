namespace InfraDesigner.Simulation.Placement;

/// <summary>How an engine's exact (CP-SAT) option reached its answer: what the solver established, in how long, and a sentence.</summary>
public sealed record SolverSearch(SolverOutcome Outcome, double Seconds, string Summary) : ISolverSearch
{
    public bool Proven => Outcome is SolverOutcome.ProvenOptimal or SolverOutcome.ProvenInfeasible;
}
