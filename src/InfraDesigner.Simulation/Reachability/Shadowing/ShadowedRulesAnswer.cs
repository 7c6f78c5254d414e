namespace InfraDesigner.Simulation.Reachability.Shadowing;

public sealed record ShadowedRulesAnswer(IReadOnlyList<ShadowedRule> Rules);
