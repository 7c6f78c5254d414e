using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Network;

/// <summary>Acts for the clients: controls their outbound access to <see cref="AllowedDestinations"/> (host names or CIDRs).</summary>
public sealed record ForwardProxy : Element
{
    public override ElementKind Kind => ElementKind.ForwardProxy;

    public int ListenPort { get; init; } = 3128;

    public EquatableArray<string> AllowedDestinations { get; init; }
}
