namespace InfraDesigner.Domain.Compute;

/// <summary>A VM-host rule: the named VMs must / should (not) run on the named hosts.</summary>
public sealed record VmHostRule
{
    public required string Name { get; init; }

    public VmHostRuleKind Kind { get; init; } = VmHostRuleKind.ShouldRunOn;

    public EquatableArray<string> Vms { get; init; }

    public EquatableArray<string> Hosts { get; init; }
}
