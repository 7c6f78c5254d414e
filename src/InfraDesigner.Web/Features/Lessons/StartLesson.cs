using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>
/// Starts a lesson: stores a new topology of the user's own, built from the lesson's start (its sample with its
/// faults), that remembers the lesson so the editor grades it. Null when there is no such lesson.
/// </summary>
public sealed record StartLesson(string LessonId, string? Language = null) : IRequest<Guid?>
{
    internal sealed class Handler(LessonLibrary library, TopologyStore store, CurrentUser user) : IRequestHandler<StartLesson, Guid?>
    {
        public async ValueTask<Guid?> Handle(StartLesson request, CancellationToken cancellationToken)
        {
            var language = LessonLanguage.Parse(request.Language);
            if ((await library.FindAsync(request.LessonId, cancellationToken))?.Lesson is not { } lesson) return null;
            var start = lesson.Start.Build(lesson.Title.In(language)) with { Description = lesson.Summary.In(language) };
            return await store.CreateLessonAttemptAsync(start, user.Id, lesson.Id, user.Author, cancellationToken);
        }
    }
}
