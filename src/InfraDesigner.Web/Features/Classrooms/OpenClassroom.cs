using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>Opens a classroom on a lesson, with a fresh join code; trainers and admins only.</summary>
public sealed record OpenClassroom(string LessonId, string? Language = null) : IRequest<ClassroomView>
{
    internal sealed class Handler(ClassroomStore store, LessonLibrary library, CurrentUser user) : IRequestHandler<OpenClassroom, ClassroomView>
    {
        public async ValueTask<ClassroomView> Handle(OpenClassroom request, CancellationToken cancellationToken)
        {
            if (!user.CanTeach()) throw new AccessDeniedException("Only trainers and admins open classrooms.");
            if (await library.FindAsync(request.LessonId, cancellationToken) is null)
                throw new RequestValidationException([new FieldError("lessonId", $"There is no lesson \"{request.LessonId}\"; GET /api/lessons lists them.")]);
            var language = LessonLanguage.Parse(request.Language) == Domain.Lessons.Language.Ko ? "ko" : "en";
            return ClassroomView.Of(await store.OpenAsync(request.LessonId, user.Id, language, cancellationToken));
        }
    }
}
