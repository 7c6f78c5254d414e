using InfraDesigner.Simulation.Reachability.Fixes;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// The answer to "can From reach To on Port?": the verdict, the rule that decided, every path hop by hop,
/// and either the fixes (blocked) or the rules that allow it (reachable).
/// </summary>
public sealed record ReachabilityAnswer(
    QuestionView Question,
    bool Reachable,
    string Disposition,
    string Summary,
    string Flow,
    RuleView? DecidedBy,
    IReadOnlyList<PathView> Paths,
    IReadOnlyList<FixView> Fixes,
    bool FixesVerified,
    IReadOnlyList<RuleView> AllowedBy,
    IReadOnlyList<string> Notes)
{
    public static ReachabilityAnswer Of(WhyNotAnswer answer)
    {
        var trace = answer.Trace;
        return new(
            QuestionView.Of(trace.Question),
            trace.Reachable,
            trace.Disposition.ToString(),
            trace.Summary,
            trace.Flow.ToString(),
            trace.DecidedBy is null ? null : RuleView.Of(trace.DecidedBy),
            trace.Paths.Select(PathView.Of).ToArray(),
            answer.Fixes.Select(FixView.Of).ToArray(),
            answer.FixesVerified,
            answer.AllowedBy.Select(RuleView.Of).ToArray(),
            trace.Notes);
    }
}
