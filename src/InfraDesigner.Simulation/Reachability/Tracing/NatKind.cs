namespace InfraDesigner.Simulation.Reachability.Tracing;

public enum NatKind
{
    Source,
    Destination,
    Reverse,
}
