using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Fixes;

/// <summary>
/// One change that would let the flow through; <see cref="Rule"/> and <see cref="InsertAt"/> (0-based) for firewall fixes,
/// <see cref="Route"/> for a route whose next hop is known.
/// </summary>
public sealed record Fix(FixKind Kind, string Device, string Description, FirewallRule? Rule = null, int? InsertAt = null, StaticRoute? Route = null);
