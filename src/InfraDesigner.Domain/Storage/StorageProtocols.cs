using InfraDesigner.Domain.Services;

namespace InfraDesigner.Domain.Storage;

public static class StorageProtocols
{
    /// <summary>NFS tcp 2049, SMB tcp 445, iSCSI tcp 3260.</summary>
    public static int PortOf(StorageProtocol protocol) => protocol switch
    {
        StorageProtocol.Nfs => 2049,
        StorageProtocol.Smb => 445,
        StorageProtocol.Iscsi => 3260,
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "Unknown storage protocol."),
    };

    public static Service ServiceOf(StorageProtocol protocol) =>
        Service.Tcp(protocol.ToString().ToLowerInvariant(), PortOf(protocol));
}
