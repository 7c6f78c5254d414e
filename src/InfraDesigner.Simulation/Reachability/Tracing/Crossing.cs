using InfraDesigner.Simulation.Reachability.Compiled;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>A firewall policy evaluation on a path: enough to re-evaluate it under an edited policy without re-tracing.</summary>
internal readonly record struct Crossing(int Firewall, int InZone, int OutZone, Packet Packet, PolicyDecision Decision);
