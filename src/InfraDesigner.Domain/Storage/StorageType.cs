namespace InfraDesigner.Domain.Storage;

public enum StorageType
{
    /// <summary>File storage shared over the network (NFS, SMB).</summary>
    Nas,

    /// <summary>Block storage (iSCSI LUNs), e.g. a cluster's shared datastore.</summary>
    San,
}
