namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// How a feasible host is chosen. FirstFit, BestFit and WorstFit take VMs one by one and pick a
/// host; DotProduct and L2Norm fill one host at a time with the VM that suits it best, the
/// bin-centric heuristics of Panigrahy et al. 2011 ("Heuristics for Vector Bin Packing").
/// Optimal solves the whole placement exactly with CP-SAT (Google OR-Tools) within a time budget.
/// </summary>
public enum PlacementStrategy
{
    FirstFit,
    BestFit,
    WorstFit,
    DotProduct,
    L2Norm,

    /// <summary>
    /// Every rule and resource as a constraint: place as many VMs as possible, then use as few hosts as possible,
    /// then break as few "should" rules as possible; proven optimal when the solver finishes within the budget.
    /// </summary>
    Optimal,
}
