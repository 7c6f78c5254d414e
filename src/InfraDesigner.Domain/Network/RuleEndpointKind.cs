namespace InfraDesigner.Domain.Network;

public enum RuleEndpointKind
{
    Any,
    Zone,
    Subnet,
    Element,
}
