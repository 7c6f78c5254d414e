using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compiled;

/// <summary>The line that decided a packet, or null for the default action.</summary>
internal readonly record struct PolicyDecision(CompiledRule? Rule, RuleAction Action);
