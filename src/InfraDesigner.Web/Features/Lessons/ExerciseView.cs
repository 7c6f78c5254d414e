using InfraDesigner.Domain.Lessons;
using InfraDesigner.Simulation.Exercises;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>A topology's exercise graded as it is now: the lesson, each check, and how far along it is.</summary>
public sealed record ExerciseView(string LessonId, string Title, int Percent, bool Passed, IReadOnlyList<CheckView> Checks)
{
    public static ExerciseView Of(Lesson lesson, ExerciseGrade grade, Language language) => new(
        lesson.Id, lesson.Title.In(language), grade.Percent, grade.Passed,
        grade.Results.Select(result => CheckView.Of(result, language)).ToArray());
}
