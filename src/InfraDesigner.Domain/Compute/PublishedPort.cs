using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Compute;

/// <summary>A container port published on its host: traffic to HostPort reaches ContainerPort.</summary>
public sealed record PublishedPort
{
    public required string ContainerName { get; init; }

    public Protocol Protocol { get; init; } = Protocol.Tcp;

    public int HostPort { get; init; }

    public int ContainerPort { get; init; }
}
