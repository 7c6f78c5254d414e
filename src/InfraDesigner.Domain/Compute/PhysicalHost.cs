using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Compute;

/// <summary>A bare-metal server. <see cref="CpuFamily"/> decides live-migration compatibility between hosts.</summary>
public sealed record PhysicalHost : Element
{
    public override ElementKind Kind => ElementKind.PhysicalHost;

    public int Cores { get; init; } = 16;

    public double CpuGhz { get; init; } = 2.4;

    public double RamGb { get; init; } = 128;

    public double DiskGb { get; init; } = 1000;

    public HypervisorProduct Hypervisor { get; init; } = HypervisorProduct.Esxi;

    public string? CpuModel { get; init; }

    public string? CpuFamily { get; init; }

    public string? ClusterName { get; init; }

    public bool MaintenanceMode { get; init; }

    public HypervisorType HypervisorType => Hypervisor.TypeOf();
}
