namespace InfraDesigner.Web.Instances;

/// <summary>This app process among the instances serving one database; its own notices come back to it and are skipped.</summary>
public sealed class InstanceIdentity
{
    public Guid Id { get; } = Guid.NewGuid();
}
