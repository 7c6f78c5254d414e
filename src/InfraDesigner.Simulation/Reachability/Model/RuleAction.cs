namespace InfraDesigner.Simulation.Reachability.Model;

public enum RuleAction
{
    Allow,
    Deny,
}
