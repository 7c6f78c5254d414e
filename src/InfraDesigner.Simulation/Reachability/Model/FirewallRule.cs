namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>One line of an ordered, first-match firewall policy. <see cref="Ports"/> null means every port.</summary>
public sealed record FirewallRule(
    string Name,
    AddressMatch Source,
    AddressMatch Destination,
    Protocol Protocol,
    PortRange? Ports,
    RuleAction Action,
    bool Enabled = true)
{
    public override string ToString() =>
        $"{Name}: {Action.ToString().ToLowerInvariant()} {Source} -> {Destination} {Protocol.ToString().ToLowerInvariant()}{(Ports is null ? "" : " " + Ports)}{(Enabled ? "" : " (disabled)")}";
}
