using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>A firewall rule with its position (1-based, as people number lines) and integer matchers.</summary>
internal sealed record CompiledRule(int Number, FirewallRule Rule, CompiledMatch Source, CompiledMatch Destination)
{
    public bool Matches(int inZone, int outZone, in Packet packet) =>
        ProtocolMatches(packet.Protocol)
        && PortMatches(packet)
        && Source.Matches(inZone, packet.Source)
        && Destination.Matches(outZone, packet.Destination);

    public bool HasEmptyPorts => Rule.Ports is { } p && (p.From > p.To || Rule.Protocol == Protocol.Icmp);

    private bool ProtocolMatches(Protocol protocol) => Rule.Protocol == Protocol.Any || Rule.Protocol == protocol;

    private bool PortMatches(in Packet packet) =>
        Rule.Ports is not { } ports || (packet.Protocol != Protocol.Icmp && ports.Contains(packet.Port));
}
