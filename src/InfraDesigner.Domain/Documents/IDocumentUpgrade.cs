using System.Text.Json.Nodes;

namespace InfraDesigner.Domain.Documents;

/// <summary>Rewrites a document of <see cref="FromVersion"/> into the shape of FromVersion + 1.</summary>
public interface IDocumentUpgrade
{
    int FromVersion { get; }

    void Upgrade(JsonObject document);
}
