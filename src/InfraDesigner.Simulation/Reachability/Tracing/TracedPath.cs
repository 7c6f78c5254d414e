namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>A public path plus what incremental analyses need: every policy evaluation made on the way there and back.</summary>
internal sealed record TracedPath(FlowPath Path, IReadOnlyList<Crossing> Crossings, int EndDevice = -1, bool PortDependent = false);
