namespace InfraDesigner.Data.Entities;

/// <summary>A named, immutable snapshot of a whole topology document ("save version").</summary>
public sealed class RevisionRecord
{
    public Guid Id { get; set; }
    public Guid TopologyId { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Document { get; set; }
}
