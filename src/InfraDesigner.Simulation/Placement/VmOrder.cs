namespace InfraDesigner.Simulation.Placement;

public enum VmOrder
{
    /// <summary>Largest VM first (by the sum of its demand normalised by cluster capacity), like first-fit decreasing.</summary>
    LargestFirst,

    /// <summary>In the order given.</summary>
    AsGiven,
}
