using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>A firewall rule with its position (1-based, as people number lines) and integer matchers.</summary>
internal sealed record CompiledRule(int Number, FirewallRule Rule, CompiledMatch Source, CompiledMatch Destination)
{
    public bool Matches(int inZone, int outZone, in Packet packet) =>
        MatchesService(packet.Protocol, packet.Port)
        && Source.Matches(inZone, packet.Source)
        && Destination.Matches(outZone, packet.Destination);

    public bool HasEmptyPorts => Rule.Ports is { } p && (p.From > p.To || Rule.Protocol == Protocol.Icmp);

    /// <summary>The protocol and destination port part of <see cref="Matches"/>, without the addresses.</summary>
    public bool MatchesService(Protocol protocol, int port) =>
        (Rule.Protocol == Protocol.Any || Rule.Protocol == protocol)
        && (Rule.Ports is not { } ports || (protocol != Protocol.Icmp && ports.Contains(port)));
}
