namespace InfraDesigner.Domain.Network;

/// <summary>A member is marked up after <see cref="Rise"/> passed checks, down after <see cref="Fall"/> failed ones.</summary>
public sealed record HealthCheck
{
    public int IntervalSeconds { get; init; } = 5;

    public int Rise { get; init; } = 2;

    public int Fall { get; init; } = 3;

    /// <summary>Port probed; null = the member's own port.</summary>
    public int? Port { get; init; }
}
