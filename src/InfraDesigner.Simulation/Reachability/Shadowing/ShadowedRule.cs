using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Shadowing;

public sealed record ShadowedRule(RuleReference Rule, ShadowKind Kind, IReadOnlyList<RuleReference> BlockedBy, string Explanation);
