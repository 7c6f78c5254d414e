namespace InfraDesigner.Domain.Storage;

/// <summary>A NAS share (or SAN LUN): only the principals in its access list may use it, whatever the network allows.</summary>
public sealed record Share
{
    public required string Name { get; init; }

    public StorageProtocol Protocol { get; init; } = StorageProtocol.Nfs;

    public string? Path { get; init; }

    public EquatableArray<ShareAccessEntry> Acl { get; init; }
}
