using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>The route that matched (longest prefix); <see cref="NextHop"/> null when the destination is on the connected subnet.</summary>
public sealed record RoutingStep(string Prefix, RouteKind Kind, string? NextHop, string OutInterface) : Step;
