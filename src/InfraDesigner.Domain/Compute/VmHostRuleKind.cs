namespace InfraDesigner.Domain.Compute;

public enum VmHostRuleKind
{
    MustRunOn,
    ShouldRunOn,
    MustNotRunOn,
    ShouldNotRunOn,
}
