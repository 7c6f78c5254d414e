using InfraDesigner.Data.Documents;

namespace InfraDesigner.Data.Store;

/// <summary>A topology as stored: its document and the version of each item, for optimistic concurrency.</summary>
public sealed record StoredTopology(
    Guid Id,
    string Name,
    string Description,
    long Version,
    DateTimeOffset UpdatedAt,
    string DocumentJson,
    IReadOnlyDictionary<ItemKey, long> ItemVersions);
