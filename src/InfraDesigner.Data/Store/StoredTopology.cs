using InfraDesigner.Data.Documents;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Data.Store;

/// <summary>A topology as stored: its document and the version of each item, for optimistic concurrency.</summary>
public sealed record StoredTopology(
    Guid Id,
    string Name,
    string Description,
    long Version,
    DateTimeOffset UpdatedAt,
    string DocumentJson,
    IReadOnlyDictionary<ItemKey, long> ItemVersions,
    string? LessonId = null)
{
    /// <summary>The stored document read into the model; see <see cref="StoredDocument.Read"/>.</summary>
    public Topology ReadTopology() => StoredDocument.Read(DocumentJson);
}
