namespace InfraDesigner.Domain.Storage;

public sealed record ShareAccessEntry
{
    public required SharePrincipal Principal { get; init; }

    public ShareAccess Access { get; init; } = ShareAccess.ReadWrite;
}
