namespace InfraDesigner.Domain.Documents;

/// <summary>The JSON Schema of the topology document format (docs/topology-format.schema.json is its output).</summary>
public static class TopologyDocumentSchema
{
    public const string Id = "https://infradesigner.example/schemas/topology-format-1.schema.json";

    public static System.Text.Json.Nodes.JsonObject Generate() => DocumentSchema.Generate(typeof(TopologyDocument), Id,
        $"InfraDesigner topology document, formatVersion {TopologyDocumentSerializer.CurrentFormatVersion}",
        "See topology-format.md. Elements refer to each other by their unique name.");

    public static string GenerateText() => DocumentSchema.Text(Generate());
}
