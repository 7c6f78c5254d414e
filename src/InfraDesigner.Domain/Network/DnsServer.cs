using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Network;

public sealed record DnsServer : Element
{
    public override ElementKind Kind => ElementKind.DnsServer;

    public EquatableArray<DnsRecord> Records { get; init; }
}
