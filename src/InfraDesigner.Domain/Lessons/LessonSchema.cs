using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents;

namespace InfraDesigner.Domain.Lessons;

/// <summary>The JSON Schema of the lesson format (docs/lesson-format.schema.json is its output).</summary>
public static class LessonSchema
{
    public static JsonObject Generate() => DocumentSchema.Generate(typeof(Lesson),
        "https://infradesigner.example/schemas/lesson-format-1.schema.json",
        $"InfraDesigner lesson, formatVersion {LessonSerializer.CurrentFormatVersion}",
        "See lesson-format.md. Checks name the elements, zones and clusters of the starting topology.",
        new Dictionary<Type, string> { [typeof(TopologyDocument)] = TopologyDocumentSchema.Id });

    public static string GenerateText() => DocumentSchema.Text(Generate());
}
