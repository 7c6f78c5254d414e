namespace InfraDesigner.Domain.Compute;

/// <summary>A golden image VMs are cloned from (e.g. RHEL 8, Windows Server 2019), with a default size.</summary>
public sealed record VmTemplate
{
    public required string Name { get; init; }

    public required string Os { get; init; }

    public int VCpu { get; init; } = 2;

    public double RamGb { get; init; } = 4;

    public double DiskGb { get; init; } = 40;
}
