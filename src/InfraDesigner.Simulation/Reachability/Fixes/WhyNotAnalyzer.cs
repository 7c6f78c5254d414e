using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Fixes;

/// <summary>
/// Finds the smallest change that would let a flow through: it traces, proposes a fix for the first obstacle,
/// applies it to a copy of the snapshot, and traces again, until the flow is accepted or no fix can be checked.
/// </summary>
public static class WhyNotAnalyzer
{
    private const int MaxFixes = 8;

    public static WhyNotAnswer Analyze(NetworkSnapshot snapshot, TraceQuestion question, CancellationToken cancellationToken = default)
    {
        var resolved = FlowResolver.Resolve(snapshot, question);
        var (first, traced) = TraceAnalyzer.Analyze(snapshot, question, resolved);
        if (first.Reachable)
        {
            var allowedBy = first.Paths.SelectMany(p => p.Filters).Where(f => f.Action == RuleAction.Allow).Distinct().ToArray();
            var why = allowedBy.Length == 0 ? "no firewall on the path; routing and L2 carry it" : "allowed by " + string.Join("; ", allowedBy.Select(r => r.ToString()));
            return new WhyNotAnswer(first, [], true, allowedBy, $"{first.Summary}; {why}");
        }

        var fixes = new List<Fix>();
        var current = snapshot;
        var answer = first;
        while (!answer.Reachable && fixes.Count < MaxFixes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var blocked = traced.First(t => t.Path.Disposition != Disposition.Accepted);
            var (fix, next) = new FixFinder(current, resolved).Propose(blocked);
            if (fix is null)
                break;
            fixes.Add(fix);
            if (next is null)
                return new WhyNotAnswer(first, fixes, false, [], Explain(first, fixes, verified: false));
            current = next;
            (answer, traced) = TraceAnalyzer.Analyze(current, question, FlowResolver.Resolve(current, question));
        }
        return new WhyNotAnswer(first, fixes, answer.Reachable, [], Explain(first, fixes, answer.Reachable));
    }

    private static string Explain(TraceAnswer answer, IReadOnlyList<Fix> fixes, bool verified) =>
        fixes.Count == 0
            ? $"{answer.Summary}; no single change found"
            : $"{answer.Summary}; {string.Join("; then ", fixes.Select(f => f.Description))}{(verified ? " (checked: the flow is then reachable)" : "")}";
}
