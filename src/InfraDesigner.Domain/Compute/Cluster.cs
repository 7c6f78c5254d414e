using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Compute;

/// <summary>
/// Hosts pooled so VMs share their CPU and RAM. Overcommit ratios cap the sum of vCPU (RAM) at
/// ratio × physical cores (GB); <see cref="ReservedHeadroomPercent"/> is kept free on every host.
/// </summary>
public sealed record Cluster : Element
{
    public override ElementKind Kind => ElementKind.Cluster;

    public EquatableArray<string> Hosts { get; init; }

    /// <summary>Names of storage elements every host of the cluster mounts.</summary>
    public EquatableArray<string> SharedDatastores { get; init; }

    public double CpuOvercommitRatio { get; init; } = 4.0;

    public double RamOvercommitRatio { get; init; } = 1.0;

    public double ReservedHeadroomPercent { get; init; }

    public HaPolicy Ha { get; init; } = HaPolicy.Disabled;

    public EquatableArray<VmAffinityRule> AffinityRules { get; init; }

    public EquatableArray<VmHostRule> VmHostRules { get; init; }
}
