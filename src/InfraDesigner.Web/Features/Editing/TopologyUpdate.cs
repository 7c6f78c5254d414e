using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>The session's topology changed from <see cref="Before"/> to <see cref="After"/>; <see cref="Patches"/> are the items that differ.</summary>
public sealed record TopologyUpdate(Topology Before, Topology After, IReadOnlyList<ItemPatch> Patches, bool FromOthers);
