using InfraDesigner.Domain.Addressing;

namespace InfraDesigner.Domain.Network;

/// <summary>A VLAN (id 1-4094): a walled room inside the switches; different VLANs only meet through a router.</summary>
public sealed record Vlan
{
    public const int MinId = 1;
    public const int MaxId = 4094;

    public required int Id { get; init; }

    public required string Name { get; init; }

    public string? ZoneName { get; init; }

    public Ipv4Cidr? Subnet { get; init; }
}
