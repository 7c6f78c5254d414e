using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Data.Documents;

/// <summary>Reads what was stored back into the model.</summary>
public static class StoredDocument
{
    /// <summary>
    /// The topology a stored document holds. It is read, not imported: what was saved must open even if
    /// a newer validator finds fault with it; only a document that cannot be read at all is refused.
    /// </summary>
    public static Topology Read(string json)
    {
        var read = TopologyDocumentSerializer.ReadStored(json);
        return read.Topology ?? throw new UnreadableDocumentException([.. read.Errors]);
    }
}
