using System.Net;

namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>A configured route: to a prefix via a next hop (resolved on a connected subnet) or out of a named interface.</summary>
public sealed record StaticRoute(IPNetwork Prefix, IPAddress? NextHop, string? Interface = null);
