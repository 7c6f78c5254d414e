namespace InfraDesigner.Domain.Storage;

public enum SharePrincipalKind
{
    /// <summary>An address or subnet (NFS exports).</summary>
    Subnet,

    /// <summary>A VM by name (whatever addresses it has).</summary>
    Vm,

    Account,
    Group,
}
