using InfraDesigner.Domain.Lessons;
using InfraDesigner.Simulation.Exercises;
using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>
/// Grades a stored topology against the lesson it was started from; null when there is no such topology, a
/// field error when the topology is not a lesson's exercise.
/// </summary>
public sealed record GradeExercise(Guid Id, string? Language = null) : IRequest<ExerciseView?>, IBudgetedRun, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    string IBudgetedRun.SizeField => "checks";
    string IBudgetedRun.Remedy => "grade a smaller design";

    internal sealed class Handler(TopologyModels models, LessonLibrary library) : IRequestHandler<GradeExercise, ExerciseView?>
    {
        public async ValueTask<ExerciseView?> Handle(GradeExercise request, CancellationToken cancellationToken)
        {
            var language = LessonLanguage.Parse(request.Language);
            if (await models.OpenAsync(request.Id, cancellationToken) is not { } opened) return null;
            var lesson = opened.LessonId is { } lessonId ? (await library.FindAsync(lessonId, cancellationToken))?.Lesson : null;
            if (lesson is null)
                throw new RequestValidationException([new FieldError("id", "This topology was not started from a lesson (or its lesson was deleted); start one with POST /api/lessons/{lessonId}/start.")]);
            return ExerciseView.Of(lesson, ExerciseGrader.Grade(opened.Topology, lesson, cancellationToken), language);
        }
    }
}
