namespace InfraDesigner.Simulation.Progress;

/// <summary>One event of a running simulation, as streamed to the UI.</summary>
public abstract record SimulationEvent(string Engine);
