namespace InfraDesigner.Domain.Compute;

/// <summary>Order in which HA restarts VMs after a host failure; <see cref="Disabled"/> VMs stay down.</summary>
public enum RestartPriority
{
    Disabled,
    Lowest,
    Low,
    Medium,
    High,
    Highest,
}
