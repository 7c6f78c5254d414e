namespace InfraDesigner.Domain.Network;

public enum SwitchportMode
{
    /// <summary>Carries one VLAN, untagged.</summary>
    Access,

    /// <summary>Carries several tagged VLANs, plus the native VLAN untagged.</summary>
    Trunk,
}
