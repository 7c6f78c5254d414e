namespace InfraDesigner.Domain.Network;

/// <summary>A server behind a load balancer. <see cref="Healthy"/> false = failing its health checks.</summary>
public sealed record PoolMember
{
    public required string Element { get; init; }

    public int Port { get; init; } = 443;

    public int Weight { get; init; } = 1;

    public bool Healthy { get; init; } = true;

    public bool Enabled { get; init; } = true;
}
