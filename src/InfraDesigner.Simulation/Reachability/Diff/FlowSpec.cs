using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Diff;

/// <summary>A flow to compare across snapshots, by device names.</summary>
public sealed record FlowSpec(string Source, string Destination, Protocol Protocol, int Port);
