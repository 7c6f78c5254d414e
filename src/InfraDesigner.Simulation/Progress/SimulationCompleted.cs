namespace InfraDesigner.Simulation.Progress;

/// <summary>The last event of a stream: the engine's full answer.</summary>
public sealed record SimulationCompleted<TAnswer>(string Engine, TAnswer Answer) : SimulationEvent(Engine);
