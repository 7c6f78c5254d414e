using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>One installed route. <see cref="NextHop"/> 0 means the destination itself is on the out interface's segment.</summary>
internal readonly record struct RouteEntry(uint Network, int Length, RouteKind Kind, uint NextHop, int OutInterface);
