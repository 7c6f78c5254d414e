using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Compute;

/// <summary>
/// A VM. <see cref="HostName"/> null means "placed automatically" within <see cref="ClusterName"/>.
/// Utilisations are fractions 0-1 of what the VM was given, used for balancing.
/// </summary>
public sealed record VirtualMachine : Element
{
    public override ElementKind Kind => ElementKind.VirtualMachine;

    public int VCpu { get; init; } = 2;

    public double RamGb { get; init; } = 4;

    public double DiskGb { get; init; } = 40;

    public string? TemplateName { get; init; }

    public string? GuestOs { get; init; }

    public string? HostName { get; init; }

    public string? ClusterName { get; init; }

    /// <summary>Name of the storage element holding the VM's disks.</summary>
    public string? DatastoreName { get; init; }

    public RestartPriority RestartPriority { get; init; } = RestartPriority.Medium;

    /// <summary>How fast the running VM dirties its memory, in megabytes per second (live migration).</summary>
    public double? DirtyRateMegabytesPerSecond { get; init; }

    public double? CpuUtilisation { get; init; }

    public double? RamUtilisation { get; init; }

    public bool IsPlacedAutomatically => HostName is null;
}
