using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Compute;

/// <summary>
/// A VM. <see cref="HostName"/> null means "placed automatically" within <see cref="ClusterName"/>.
/// Utilisations are fractions 0-1 of what the VM was given, used for balancing. Reservations, limits and shares are
/// vSphere's resource allocation: a reservation is guaranteed (HA admission control counts it), a limit caps what the VM
/// may use (null: unlimited), shares weigh it against others under contention (null: Normal, 1,000 per vCPU and 10 per MB).
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

    /// <summary>CPU guaranteed to the VM, in MHz (null: none).</summary>
    public double? CpuReservationMhz { get; init; }

    /// <summary>The most CPU the VM may use, in MHz (null: unlimited).</summary>
    public double? CpuLimitMhz { get; init; }

    /// <summary>CPU shares (vSphere's levels: Low 500, Normal 1,000, High 2,000 per vCPU; null: Normal).</summary>
    public int? CpuShares { get; init; }

    /// <summary>Memory guaranteed to the VM, in GB (null: none).</summary>
    public double? MemoryReservationGb { get; init; }

    /// <summary>The most memory the VM may use, in GB (null: unlimited).</summary>
    public double? MemoryLimitGb { get; init; }

    /// <summary>Memory shares (vSphere's levels: Low 5, Normal 10, High 20 per MB; null: Normal).</summary>
    public int? MemoryShares { get; init; }

    public bool IsPlacedAutomatically => HostName is null;
}
