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
            if (await RunClassroom.FindAsync(store, library, user, request.ClassroomId, cancellationToken) is not var (classroom, found)
                || found is not { } lesson
                || classroom.Trainees.SingleOrDefault(t => t.Id == request.SeatId) is not { } seat) return null;
            return await TraineeProgress.GradeAsync(models, lesson, seat, LessonLanguage.Parse(request.Language ?? classroom.Language), cancellationToken);
        }
    }
}
