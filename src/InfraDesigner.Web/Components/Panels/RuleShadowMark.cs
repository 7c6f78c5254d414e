using InfraDesigner.Web.Features.Reachability;
using MudBlazor;

namespace InfraDesigner.Web.Components.Panels;

/// <summary>
/// The mark the rules editor puts on a rule <see cref="GetShadowedRules"/> finds dead: shadowed (earlier lines with the
/// other action take all its packets), redundant (earlier lines with the same action do) or unmatchable, and why.
/// </summary>
public sealed record RuleShadowMark(string Kind, string Label, string Text, Color Color)
{
    public static RuleShadowMark Of(ShadowedRuleView view)
    {
        var by = Rules(view.BlockedBy);
        return view.Kind switch
        {
            "Shadowed" => new(view.Kind, "Shadowed", $"Shadowed by {by}", Color.Warning),
            "Redundant" => new(view.Kind, "Redundant",
                $"Redundant: {by} already {(view.BlockedBy.Count == 1 ? view.Rule.Action + "s" : view.Rule.Action)} this", Color.Default),
            _ => new(view.Kind, "Never matches", view.Explanation, Color.Warning),
        };
    }

    // "rule 2 (deny any)", "rules 1 (allow web) and 3 (allow db)"
    private static string Rules(IReadOnlyList<RuleView> rules)
    {
        var each = rules.Select(r => $"{r.Number} ({r.Action} {r.Rule})").ToList();
        return each.Count switch
        {
            0 => "",
            1 => $"rule {each[0]}",
            _ => $"rules {string.Join(", ", each[..^1])} and {each[^1]}",
        };
    }
}
