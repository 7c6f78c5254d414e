using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>A firewall line: its 1-based number (null for the default rule or the connection state) and name.</summary>
public sealed record RuleView(string Firewall, string Rule, int? Number, string Action, bool IsDefault, bool ByState, string Text)
{
    public static RuleView Of(RuleReference rule) =>
        new(rule.Firewall, rule.RuleName, rule.Number, rule.Action.ToString().ToLowerInvariant(), rule.IsDefault, rule.ByState, rule.ToString());
}
