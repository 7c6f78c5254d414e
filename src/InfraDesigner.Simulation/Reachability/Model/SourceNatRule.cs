using System.Net;

namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>Masquerade: packets from <see cref="Sources"/> (any when null) leaving by the interface take its address.</summary>
public sealed record SourceNatRule(string OutInterface, IPNetwork? Sources = null);
