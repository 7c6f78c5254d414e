namespace InfraDesigner.Domain.Compute;

/// <summary>High availability: when a host dies, its VMs restart on the others if capacity was kept.</summary>
public sealed record HaPolicy
{
    public static HaPolicy Disabled { get; } = new() { Enabled = false };

    public bool Enabled { get; init; } = true;

    public HaAdmissionControl AdmissionControl { get; init; } = HaAdmissionControl.HostFailures;

    public int HostFailuresToTolerate { get; init; } = 1;

    public double ReservedCpuPercent { get; init; } = 25;

    public double ReservedRamPercent { get; init; } = 25;

    /// <summary>The hosts of the cluster that stand by for restarts (dedicated failover hosts policy).</summary>
    public EquatableArray<string>? FailoverHosts { get; init; }
}
