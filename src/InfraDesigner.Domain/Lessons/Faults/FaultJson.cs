using System.Text.Json;
using InfraDesigner.Domain.Documents.Json;

namespace InfraDesigner.Domain.Lessons.Faults;

/// <summary>Faults in the lesson format's JSON (docs/lesson-format.md), on their own: for the classroom API.</summary>
public static class FaultJson
{
    /// <summary>The fault, or a <see cref="JsonException"/> saying what is wrong with it.</summary>
    public static Fault Read(JsonElement json)
    {
        try
        {
            return json.Deserialize<Fault>(DocumentJson.Options) ?? throw new JsonException("a fault is an object, not null");
        }
        catch (NotSupportedException unknown)
        {
            throw new JsonException(unknown.Message, unknown);
        }
    }

    public static string Write(IReadOnlyList<FaultChoice> choices) => JsonSerializer.Serialize(choices, DocumentJson.Options);
}
