using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Compute;

/// <summary>An end-user device: an office PC, a laptop, a user somewhere on the Internet.</summary>
public sealed record Client : Element
{
    public override ElementKind Kind => ElementKind.Client;
}
