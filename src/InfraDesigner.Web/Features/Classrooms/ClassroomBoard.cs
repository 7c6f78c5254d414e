using InfraDesigner.Domain.Lessons;
using InfraDesigner.Web.Features.Lessons;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>The trainer's live board: the classroom, its lesson's checks, and every trainee's progress.</summary>
public sealed record ClassroomBoard(ClassroomView Classroom, string LessonTitle, IReadOnlyList<CheckHeading> Checks, IReadOnlyList<TraineeProgress> Trainees)
{
    public static IReadOnlyList<CheckHeading> HeadingsOf(Lesson lesson, Language language) =>
        [.. lesson.Checks.Select(check => new CheckHeading(check.Id, check.Title.In(language)))];

    public ClassroomBoard With(TraineeProgress progress) =>
        this with { Trainees = [.. Trainees.Select(t => t.SeatId == progress.SeatId ? progress : t)] };
}

public sealed record CheckHeading(string Id, string Title);
