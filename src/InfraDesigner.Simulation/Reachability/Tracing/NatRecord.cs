using InfraDesigner.Simulation.Reachability.Compiled;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>What a device rewrote on the way out, so the reply can be rewritten back at the same device.</summary>
internal readonly record struct NatRecord(int Device, Packet Before, Packet After);
