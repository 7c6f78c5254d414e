using System.Net;
using InfraDesigner.Domain.Addressing;

namespace InfraDesigner.Domain.Network;

/// <summary>
/// A NIC or switch port. A routed interface has an <see cref="Address"/> (address + prefix);
/// a switch port has a <see cref="Switchport"/>; a firewall interface is bound to a zone by <see cref="ZoneName"/>.
/// </summary>
public sealed record NetworkInterface
{
    public required string Name { get; init; }

    public string? Mac { get; init; }

    public Ipv4Cidr? Address { get; init; }

    public IPAddress? DefaultGateway { get; init; }

    public Switchport? Switchport { get; init; }

    public string? ZoneName { get; init; }

    public InterfacePurpose Purpose { get; init; } = InterfacePurpose.Data;

    public bool Enabled { get; init; } = true;
}
