namespace InfraDesigner.Data.Entities;

/// <summary>
/// One item of a topology document (an element, a link, a zone ...) as its JSON, so that editing one
/// element writes one row, and each item carries its own version for optimistic concurrency.
/// </summary>
public sealed class TopologyItemRecord
{
    public Guid TopologyId { get; set; }
    public required string Collection { get; set; }
    public required string Key { get; set; }
    public int Ordinal { get; set; }
    public required string Json { get; set; }
    public long Version { get; set; }
}
