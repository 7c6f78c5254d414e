using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>Takes a rule out of a firewall: the opening someone "cleaned up".</summary>
public sealed record RemoveRuleFault : Fault
{
    public required string Firewall { get; init; }

    public required string Rule { get; init; }

    public override Topology Apply(Topology topology)
    {
        var firewall = Find<Firewall>(topology, Firewall, "firewall");
        var index = firewall.Rules.Select(rule => rule.Name).ToList().IndexOf(Rule);
        if (index < 0) throw new FaultTargetException("rule", $"'{Firewall}' has no rule '{Rule}'");
        return topology.WithElement(firewall with { Rules = firewall.Rules.RemoveAt(index) });
    }
}
