namespace InfraDesigner.Simulation.Placement;

public enum VmHostRuleKind
{
    MustRunOn,
    ShouldRunOn,
    MustNotRunOn,
    ShouldNotRunOn,
}
