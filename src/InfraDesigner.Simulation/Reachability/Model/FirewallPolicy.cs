namespace InfraDesigner.Simulation.Reachability.Model;

public sealed record FirewallPolicy(IReadOnlyList<FirewallRule> Rules, RuleAction DefaultAction = RuleAction.Deny, bool Stateful = true)
{
    public FirewallPolicy Insert(int position, FirewallRule rule)
    {
        var rules = Rules.ToList();
        rules.Insert(Math.Clamp(position, 0, rules.Count), rule);
        return this with { Rules = rules };
    }
}
