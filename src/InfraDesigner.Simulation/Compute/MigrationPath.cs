namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// The layer-2 path live migration would take between two hosts: the interfaces it passes, its VLAN,
/// and its bottleneck speed (the slowest link; links without a speed count as 1 Gbit/s, flagged by
/// <see cref="SpeedAssumed"/>). <see cref="Found"/> false: the hosts' NICs share no cabled L2 segment.
/// </summary>
public sealed record MigrationPath(bool Found, IReadOnlyList<string> Hops, int BottleneckMbps, bool SpeedAssumed, int? Vlan, string Detail)
{
    public const int AssumedSpeedMbps = 1000;
}
