using System.Net;

namespace InfraDesigner.Domain.Network;

/// <summary>Address translation done by <see cref="Device"/> (a router or firewall) on matching traffic.</summary>
public sealed record NatRule
{
    public required string Name { get; init; }

    public NatType Type { get; init; } = NatType.Source;

    public required string Device { get; init; }

    public RuleEndpoint MatchSource { get; init; } = RuleEndpoint.Any;

    public RuleEndpoint MatchDestination { get; init; } = RuleEndpoint.Any;

    public Protocol Protocol { get; init; } = Protocol.Any;

    public PortRange? MatchPorts { get; init; }

    public required IPAddress TranslatedAddress { get; init; }

    public int? TranslatedPort { get; init; }
}
