namespace InfraDesigner.Domain.Network;

/// <summary>Name → IPv4 address (A) or name → other name (CNAME).</summary>
public sealed record DnsRecord
{
    public required string Name { get; init; }

    public DnsRecordType Type { get; init; } = DnsRecordType.A;

    public required string Value { get; init; }
}
