namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>The pool member this path goes to, out of the members that pass their health checks.</summary>
public sealed record LoadBalancerChoiceStep(string Service, string Member, IReadOnlyList<string> HealthyMembers) : Step;
