using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>A concrete flow: who sends, to which address and port.</summary>
public sealed record Flow(string Source, string SourceAddress, string Destination, string DestinationAddress, Protocol Protocol, int Port)
{
    public override string ToString() => Protocol == Protocol.Icmp
        ? $"{Source} -> {Destination} icmp"
        : $"{Source} -> {Destination}:{Port}/{Protocol.ToString().ToLowerInvariant()}";
}
