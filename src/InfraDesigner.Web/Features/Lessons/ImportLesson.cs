using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>
/// Adds a trainer's lesson file (docs/lesson-format.md) to the library, or replaces the one they imported under
/// its id. A file with errors is refused whole, with the path of each; nothing is stored then.
/// </summary>
public sealed record ImportLesson(string Json) : IRequest<ImportedLesson>
{
    internal sealed class Handler(LessonLibrary library, LessonStore store, CurrentUser user) : IRequestHandler<ImportLesson, ImportedLesson>
    {
        public async ValueTask<ImportedLesson> Handle(ImportLesson request, CancellationToken cancellationToken)
        {
            if (!user.CanImportLessons()) throw new AccessDeniedException("Only trainers and admins import lessons.");
            var read = LessonSerializer.Import(request.Json);
            if (!read.Succeeded) throw ProblemErrors.Reject(read.Problems);
            var id = read.Lesson.Id;
            var existing = await library.FindAsync(id, cancellationToken);
            if (existing is { Imported: false })
                throw new RequestValidationException([new FieldError("id", $"'{id}' is the id of a built-in lesson; give yours another id.")]);
            if (existing is not null && !user.CanChange(existing))
                throw new AccessDeniedException($"The lesson '{id}' was imported by another trainer: only they or an admin may replace it. Give yours another id.");
            await store.SaveAsync(id, request.Json, user.Id, cancellationToken);
            return new ImportedLesson(id, read.Lesson.Title.En, Replaced: existing is not null);
        }
    }
}

/// <summary>The lesson an import stored, and whether it replaced an earlier file of the same id.</summary>
public sealed record ImportedLesson(string Id, string Title, bool Replaced);
