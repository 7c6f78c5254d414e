using System.Net;
using InfraDesigner.Domain.Addressing;

namespace InfraDesigner.Domain.Network;

/// <summary>Send traffic for <see cref="Destination"/> to <see cref="NextHop"/> and/or out of <see cref="InterfaceName"/>. 0.0.0.0/0 is the default route.</summary>
public sealed record StaticRoute
{
    public required Ipv4Cidr Destination { get; init; }

    public IPAddress? NextHop { get; init; }

    public string? InterfaceName { get; init; }

    public bool IsDefault => Destination.PrefixLength == 0;
}
