using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>The classroom's board with every trainee graded now; for its trainer or an admin. Null when there is no such classroom.</summary>
public sealed record GetClassroomBoard(Guid Id, string? Language = null) : IRequest<ClassroomBoard?>
{
    internal sealed class Handler(ClassroomStore store, LessonLibrary library, TopologyModels models, CurrentUser user) : IRequestHandler<GetClassroomBoard, ClassroomBoard?>
    {
        public async ValueTask<ClassroomBoard?> Handle(GetClassroomBoard request, CancellationToken cancellationToken)
        {
            if (await RunClassroom.FindAsync(store, library, user, request.Id, cancellationToken) is not var (classroom, found)) return null;
            var language = LessonLanguage.Parse(request.Language ?? classroom.Language);
            if (found is not { } lesson) return new ClassroomBoard(ClassroomView.Of(classroom), classroom.LessonId, [], []);
            var trainees = new List<TraineeProgress>(classroom.Trainees.Count);
            foreach (var seat in classroom.Trainees)
                trainees.Add(await TraineeProgress.GradeAsync(models, lesson, seat, language, cancellationToken));
            return new ClassroomBoard(ClassroomView.Of(classroom), lesson.Title.In(language), ClassroomBoard.HeadingsOf(lesson, language), trainees);
        }
    }
}
