using System.Text.Json;
using InfraDesigner.Domain.Documents.Json;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Lessons;

/// <summary>Reads and writes lesson files (docs/lesson-format.md). Reading never throws for bad input: it answers the problems.</summary>
public static class LessonSerializer
{
    public const int CurrentFormatVersion = 1;

    public static string Export(Lesson lesson) => JsonSerializer.Serialize(lesson, DocumentJson.Options);

    public static LessonImportResult Import(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return Failure(Problem.Error("$", "The lesson is empty."));
        if (json.Length > Limits.MaxDocumentCharacters)
            return Failure(Problem.Error("$", $"The lesson has {json.Length:N0} characters; at most {Limits.MaxDocumentCharacters:N0} are allowed."));
        Lesson lesson;
        try
        {
            lesson = JsonSerializer.Deserialize<Lesson>(json, DocumentJson.Options)
                ?? throw new JsonException("A lesson is a JSON object.");
        }
        catch (Exception error) when (error is JsonException or NotSupportedException)
        {
            return Failure(Problem.Error(JsonErrorPath.PathOf(error), JsonErrorPath.Describe(error)));
        }
        var problems = LessonValidator.Validate(lesson);
        return problems.Any(problem => problem.IsError) ? new LessonImportResult(null, problems) : new LessonImportResult(lesson, problems);
    }

    private static LessonImportResult Failure(Problem problem) => new(null, [problem]);
}
