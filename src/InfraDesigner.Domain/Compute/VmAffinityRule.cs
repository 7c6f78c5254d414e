namespace InfraDesigner.Domain.Compute;

/// <summary>A VM-VM rule: the named VMs run together (affinity) or apart (anti-affinity).</summary>
public sealed record VmAffinityRule
{
    public required string Name { get; init; }

    public AffinityKind Kind { get; init; } = AffinityKind.AntiAffinity;

    public EquatableArray<string> Vms { get; init; }
}
