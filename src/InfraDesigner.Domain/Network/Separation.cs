namespace InfraDesigner.Domain.Network;

public enum Separation
{
    /// <summary>VLANs on shared switches, opened by router + firewall policy.</summary>
    Logical,

    /// <summary>Separate switches and cables: nothing crosses unless a firewall is added on purpose.</summary>
    Physical,
}
