namespace InfraDesigner.Domain.Storage;

public enum StorageProtocol
{
    Nfs,
    Smb,
    Iscsi,
}
