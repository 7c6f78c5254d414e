namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>An address rewrite, shown as the packet before and after ("10.0.0.5:40000 -> 10.0.1.10:443 tcp").</summary>
public sealed record NatStep(NatKind Kind, string Before, string After) : Step;
