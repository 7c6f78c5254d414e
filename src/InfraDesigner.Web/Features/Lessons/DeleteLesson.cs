using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>
/// Takes an imported lesson out of the library (its importer or an admin); the topologies started from it stay,
/// as ordinary topologies. False when there is no such lesson.
/// </summary>
public sealed record DeleteLesson(string Id) : IRequest<bool>
{
    internal sealed class Handler(LessonLibrary library, LessonStore store, CurrentUser user) : IRequestHandler<DeleteLesson, bool>
    {
        public async ValueTask<bool> Handle(DeleteLesson request, CancellationToken cancellationToken)
        {
            if (await library.FindAsync(request.Id, cancellationToken) is not { } lesson) return false;
            if (!lesson.Imported)
                throw new RequestValidationException([new FieldError("id", $"'{request.Id}' is a built-in lesson; only imported lessons can be deleted.")]);
            if (!user.CanChange(lesson))
                throw new AccessDeniedException("Only the trainer who imported this lesson, or an admin, may delete it.");
            return await store.DeleteAsync(request.Id, cancellationToken);
        }
    }
}
