using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>
/// The firewall line that decided: by name and 1-based number, or the default rule (<see cref="Number"/> null),
/// or the connection state (a stateful firewall letting a reply back).
/// </summary>
public sealed record RuleReference(string Firewall, string RuleName, int? Number, RuleAction Action, bool ByState = false)
{
    public bool IsDefault => Number is null && !ByState;

    public override string ToString() => ByState
        ? $"{Firewall}: established connection"
        : IsDefault ? $"{Firewall}: default rule ({Action.ToString().ToLowerInvariant()})" : $"{Firewall}: rule {Number} '{RuleName}' ({Action.ToString().ToLowerInvariant()})";
}
