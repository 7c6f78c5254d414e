using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Storage;

/// <summary>A NAS or SAN. Clusters and VMs name it as their datastore; its services (nfs 2049 ...) are in <see cref="Element.Services"/>.</summary>
public sealed record StorageSystem : Element
{
    public override ElementKind Kind => ElementKind.Storage;

    public StorageType Type { get; init; } = StorageType.Nas;

    public double CapacityGb { get; init; } = 10_000;

    public EquatableArray<Share> Shares { get; init; }
}
