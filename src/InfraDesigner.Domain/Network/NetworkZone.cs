using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Network;

/// <summary>A group of VLANs/subnets with one trust level (0 = the Internet, 100 = most trusted).</summary>
public sealed record NetworkZone
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public int TrustLevel { get; init; } = 50;

    public Separation Separation { get; init; } = Separation.Logical;

    public string? Colour { get; init; }

    public EquatableArray<Ipv4Cidr> Subnets { get; init; }

    public CanvasInfo Canvas { get; init; } = CanvasInfo.Default;
}
