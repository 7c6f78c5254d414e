namespace InfraDesigner.Domain.Network;

/// <summary>One end of a cable: an interface of an element, both by name.</summary>
public sealed record LinkEndpoint(string Element, string Interface)
{
    public override string ToString() => $"{Element}/{Interface}";
}
