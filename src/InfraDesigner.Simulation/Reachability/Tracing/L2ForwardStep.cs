namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>A switch bridging the frame inside one VLAN.</summary>
public sealed record L2ForwardStep(int Vlan) : Step;
