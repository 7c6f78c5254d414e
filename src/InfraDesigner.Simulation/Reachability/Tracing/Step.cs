namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>One thing a device did to a packet. Hops are lists of steps.</summary>
public abstract record Step;
