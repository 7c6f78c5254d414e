namespace InfraDesigner.Simulation.Placement;

/// <summary>What the exact solver of the Optimal strategy established within its time budget.</summary>
public enum SolverOutcome
{
    /// <summary>Every VM placed, and no placement uses fewer hosts (or breaks fewer "should" rules on as few hosts).</summary>
    ProvenOptimal,

    /// <summary>Not every VM can be placed: proven that no placement takes more than the answer does.</summary>
    ProvenInfeasible,

    /// <summary>The solver's best placement when the budget ran out; better ones may exist.</summary>
    BestFound,

    /// <summary>The solver found nothing better in time (or the instance is too large for it): the best heuristic's answer.</summary>
    HeuristicFallback,
}
