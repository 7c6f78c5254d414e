using InfraDesigner.Data.Documents;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>Items of a topology that one editing session stored; the other sessions on it reload them.</summary>
public sealed record TopologyChangeNotice(Guid TopologyId, Guid SessionId, IReadOnlyList<ItemKey> Keys);
