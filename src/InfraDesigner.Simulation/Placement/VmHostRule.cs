namespace InfraDesigner.Simulation.Placement;

/// <summary>A VM-host rule: "must" rules filter hosts out, "should" rules only score.</summary>
public sealed record VmHostRule(string Name, VmHostRuleKind Kind, IReadOnlyList<string> Vms, IReadOnlyList<string> Hosts)
{
    public bool IsMandatory => Kind is VmHostRuleKind.MustRunOn or VmHostRuleKind.MustNotRunOn;
}
