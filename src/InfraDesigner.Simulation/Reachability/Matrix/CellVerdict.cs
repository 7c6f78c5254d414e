namespace InfraDesigner.Simulation.Reachability.Matrix;

public enum CellVerdict
{
    Allowed,
    Denied,
    Partial,

    /// <summary>No source or no destination listening on the port in this pair.</summary>
    NoFlows,
}
