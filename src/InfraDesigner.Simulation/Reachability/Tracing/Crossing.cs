using InfraDesigner.Simulation.Reachability.Compiled;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>
/// A firewall policy evaluation on a path: enough to re-evaluate it under an edited policy, or for another port,
/// without re-tracing. <see cref="Reply"/> marks evaluations of the returning packet; <see cref="ToSelf"/> traffic addressed to the firewall.
/// </summary>
internal readonly record struct Crossing(int Firewall, int InZone, int OutZone, Packet Packet, PolicyDecision Decision, bool Reply, bool ToSelf);
