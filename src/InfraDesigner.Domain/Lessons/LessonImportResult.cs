using System.Diagnostics.CodeAnalysis;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Lessons;

/// <summary>Either a lesson read and validated, or the problems that refused it, each with the path of the bad field.</summary>
public sealed record LessonImportResult(Lesson? Lesson, EquatableArray<Problem> Problems)
{
    [MemberNotNullWhen(true, nameof(Lesson))]
    public bool Succeeded => Lesson is not null;
}
