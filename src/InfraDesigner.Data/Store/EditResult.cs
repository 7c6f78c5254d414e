using InfraDesigner.Data.Documents;

namespace InfraDesigner.Data.Store;

/// <summary>What a committed edit left: the topology's new version and the new version of each item it wrote.</summary>
public sealed record EditResult(long TopologyVersion, IReadOnlyDictionary<ItemKey, long> ItemVersions);
