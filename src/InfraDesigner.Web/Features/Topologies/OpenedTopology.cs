using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>
/// A stored topology read into the model, at one stored version, with what the validator says of it.
/// Immutable, so every circuit and simulation on that version can share one.
/// </summary>
public sealed record OpenedTopology(Guid Id, long Version, Topology Topology, IReadOnlyDictionary<ItemKey, long> ItemVersions, IReadOnlyList<Problem> Problems, string? LessonId = null)
{
    public static OpenedTopology Read(StoredTopology stored)
    {
        var topology = stored.ReadTopology();
        return new(stored.Id, stored.Version, topology, stored.ItemVersions, TopologyValidator.Validate(topology), stored.LessonId);
    }
}
