using InfraDesigner.Domain.Lessons;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>A lesson of the library: built in, or imported by a trainer (then with its file as written and who imported it).</summary>
public sealed record LibraryLesson(Lesson Lesson, string? ImportedJson = null, string? OwnerId = null)
{
    public bool Imported => ImportedJson is not null;

    /// <summary>The lesson's file: an imported one exactly as the trainer wrote it.</summary>
    public string Json => ImportedJson ?? LessonSerializer.Export(Lesson);
}
