using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>Puts a rule into a firewall at a position (1 = first): a shadowing deny, or a too-wide "quick fix" allow.</summary>
public sealed record InsertRuleFault : Fault
{
    public required string Firewall { get; init; }

    public int Position { get; init; } = 1;

    public required FirewallRule Rule { get; init; }

    public override Topology Apply(Topology topology)
    {
        var firewall = Find<Firewall>(topology, Firewall, "firewall");
        if (Position < 1 || Position > firewall.Rules.Count + 1)
            throw new FaultTargetException("position", $"'{Firewall}' has {firewall.Rules.Count} rules; a rule goes in at 1 to {firewall.Rules.Count + 1}");
        return topology.WithElement(firewall with { Rules = firewall.Rules.Insert(Position - 1, Rule) });
    }
}
