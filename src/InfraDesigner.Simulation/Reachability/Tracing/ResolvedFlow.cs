using InfraDesigner.Simulation.Reachability.Compiled;

namespace InfraDesigner.Simulation.Reachability.Tracing;

internal sealed record ResolvedFlow(int SourceDevice, Packet Packet, string? Share, Flow Flow);
