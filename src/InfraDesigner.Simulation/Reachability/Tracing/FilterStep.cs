namespace InfraDesigner.Simulation.Reachability.Tracing;

public sealed record FilterStep(RuleReference Rule) : Step;
