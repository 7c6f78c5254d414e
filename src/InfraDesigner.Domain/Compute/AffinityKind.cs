namespace InfraDesigner.Domain.Compute;

public enum AffinityKind
{
    /// <summary>Keep the VMs together on one host.</summary>
    Affinity,

    /// <summary>Keep the VMs on different hosts.</summary>
    AntiAffinity,
}
