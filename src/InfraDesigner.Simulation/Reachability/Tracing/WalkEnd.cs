using InfraDesigner.Simulation.Reachability.Compiled;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>Where a walk stopped, and the packet as it was there (the reply starts from it).</summary>
internal sealed record WalkEnd(Walk Walk, Disposition Disposition, int Device, Packet Packet);
