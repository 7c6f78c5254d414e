namespace InfraDesigner.Domain.Network;

public enum RuleAction
{
    Allow,
    Deny,
}
