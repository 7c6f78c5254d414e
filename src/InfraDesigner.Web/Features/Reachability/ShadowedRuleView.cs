using InfraDesigner.Simulation.Reachability.Shadowing;

namespace InfraDesigner.Web.Features.Reachability;

public sealed record ShadowedRuleView(RuleView Rule, string Kind, IReadOnlyList<RuleView> BlockedBy, string Explanation)
{
    public static ShadowedRuleView Of(ShadowedRule rule) =>
        new(RuleView.Of(rule.Rule), rule.Kind.ToString(), rule.BlockedBy.Select(RuleView.Of).ToArray(), rule.Explanation);
}
