using InfraDesigner.Domain.Network;

namespace InfraDesigner.Simulation.Exercises;

/// <summary>A firewall rule (or a firewall's allowing default) that lets traffic from a zone to an element through.</summary>
public sealed record Opening(string Firewall, FirewallRule? Rule)
{
    public override string ToString() => Rule is null
        ? $"{Firewall} allows by default"
        : $"rule {Rule.Name} on {Firewall} ({Rule.Protocol.ToString().ToLowerInvariant()} {(Rule.Ports is { } ports ? ports.ToString() : "any port")})";
}
