using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Fixes;

/// <summary>
/// For a blocked flow: the fixes, in the order the flow meets the obstacles, and whether applying all of them was
/// checked to make the flow reachable. For an allowed flow: the rules that allow it.
/// </summary>
public sealed record WhyNotAnswer(TraceAnswer Trace, IReadOnlyList<Fix> Fixes, bool FixesVerified, IReadOnlyList<RuleReference> AllowedBy, string Explanation);
