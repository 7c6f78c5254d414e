using InfraDesigner.Domain.Lessons;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>The lesson library (built-in lessons in their order, then imported ones), with their texts in <see cref="Language"/>.</summary>
public sealed record ListLessons(string? Language = null) : IRequest<IReadOnlyList<LessonSummary>>
{
    internal sealed class Handler(LessonLibrary library, CurrentUser user) : IRequestHandler<ListLessons, IReadOnlyList<LessonSummary>>
    {
        public async ValueTask<IReadOnlyList<LessonSummary>> Handle(ListLessons request, CancellationToken cancellationToken)
        {
            var language = LessonLanguage.Parse(request.Language);
            return (await library.ListAsync(cancellationToken))
                .Select(entry => new LessonSummary(entry.Lesson.Id, entry.Lesson.Topic, entry.Lesson.Title.In(language), entry.Lesson.Summary.In(language),
                    entry.Lesson.Checks.Count, entry.Imported, user.CanChange(entry)))
                .ToArray();
        }
    }
}
