namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// How a feasible host is chosen. FirstFit, BestFit and WorstFit take VMs one by one and pick a
/// host; DotProduct and L2Norm fill one host at a time with the VM that suits it best, the
/// bin-centric heuristics of Panigrahy et al. 2011 ("Heuristics for Vector Bin Packing").
/// </summary>
public enum PlacementStrategy
{
    FirstFit,
    BestFit,
    WorstFit,
    DotProduct,
    L2Norm,
}
