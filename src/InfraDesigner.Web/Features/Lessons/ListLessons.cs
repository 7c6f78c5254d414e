using InfraDesigner.Domain.Lessons;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>The built-in lessons, in their order, with their texts in <see cref="Language"/>.</summary>
public sealed record ListLessons(string? Language = null) : IRequest<IReadOnlyList<LessonSummary>>
{
    internal sealed class Handler : IRequestHandler<ListLessons, IReadOnlyList<LessonSummary>>
    {
        public ValueTask<IReadOnlyList<LessonSummary>> Handle(ListLessons request, CancellationToken cancellationToken)
        {
            var language = LessonLanguage.Parse(request.Language);
            return ValueTask.FromResult<IReadOnlyList<LessonSummary>>(LessonCatalog.Builtin
                .Select(lesson => new LessonSummary(lesson.Id, lesson.Topic, lesson.Title.In(language), lesson.Summary.In(language), lesson.Checks.Count))
                .ToArray());
        }
    }
}
