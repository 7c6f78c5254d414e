namespace InfraDesigner.Domain.Network;

/// <summary>One ordered firewall rule; <see cref="Ports"/> is the destination port range (null = any port).</summary>
public sealed record FirewallRule
{
    public required string Name { get; init; }

    public RuleEndpoint Source { get; init; } = RuleEndpoint.Any;

    public RuleEndpoint Destination { get; init; } = RuleEndpoint.Any;

    public Protocol Protocol { get; init; } = Protocol.Tcp;

    public PortRange? Ports { get; init; }

    public RuleAction Action { get; init; } = RuleAction.Allow;

    public bool Log { get; init; }

    public bool Enabled { get; init; } = true;
}
