namespace InfraDesigner.Domain.Network;

/// <summary>What a host NIC is for; engines pick the migration or storage network by it.</summary>
public enum InterfacePurpose
{
    Data,
    Management,
    Migration,
    Storage,
}
