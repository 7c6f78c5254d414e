using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>The header fields the engine looks at. <see cref="Port"/> is the destination port (0 for ICMP).</summary>
internal readonly record struct Packet(uint Source, uint Destination, Protocol Protocol, int Port, int SourcePort)
{
    public Packet Reversed() => new(Destination, Source, Protocol, SourcePort, Port);

    public override string ToString() => Protocol == Protocol.Icmp
        ? $"{Ipv4.Format(Source)} -> {Ipv4.Format(Destination)} icmp"
        : $"{Ipv4.Format(Source)}:{SourcePort} -> {Ipv4.Format(Destination)}:{Port} {Protocol.ToString().ToLowerInvariant()}";
}
