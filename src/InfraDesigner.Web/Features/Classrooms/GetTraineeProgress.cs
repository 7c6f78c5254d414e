using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>One trainee graded again after an edit of theirs, for the board; null when the seat or its lesson is gone.</summary>
public sealed record GetTraineeProgress(Guid ClassroomId, Guid SeatId, string? Language = null) : IRequest<TraineeProgress?>
{
    internal sealed class Handler(ClassroomStore store, LessonLibrary library, TopologyModels models, CurrentUser user) : IRequestHandler<GetTraineeProgress, TraineeProgress?>
    {
        public async ValueTask<TraineeProgress?> Handle(GetTraineeProgress request, CancellationToken cancellationToken)
        {
            if (await store.SeatInAsync(request.ClassroomId, request.SeatId, cancellationToken) is not var (found, seat)) return null;
            var classroom = user.Runs(found);
            if (await library.FindAsync(classroom.LessonId, cancellationToken) is not { } lesson) return null;
            return await TraineeProgress.GradeAsync(models, lesson.Lesson, seat, LessonLanguage.Parse(request.Language ?? classroom.Language), cancellationToken);
        }
    }
}
