using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Api;

/// <summary>Built-in lessons: list them, start one as a topology of your own, grade that topology's exercise.</summary>
public static class LessonEndpoints
{
    public static IEndpointRouteBuilder MapLessonEndpoints(this IEndpointRouteBuilder app)
    {
        var lessons = app.MapGroup("/api/lessons").WithTags("Lessons");

        lessons.MapGet("/", (string? lang, ISender sender, CancellationToken ct) => sender.Send(new ListLessons(lang), ct))
            .WithSummary("The built-in lessons; ?lang=ko gives their texts in Korean")
            .Produces<IReadOnlyList<LessonSummary>>().ProducesValidationProblem();

        lessons.MapPost("/{lessonId}/start", async (string lessonId, string? lang, ISender sender, CancellationToken ct) =>
                await sender.Send(new StartLesson(lessonId, lang), ct) is { } id ? TopologyEndpoints.Created(id) : Results.NotFound())
            .WithSummary("Starts a lesson: a new topology of your own, built from the lesson's start, graded by GET /api/topologies/{id}/exercise")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/topologies/{id:guid}/exercise", async (Guid id, string? lang, ISender sender, CancellationToken ct) =>
                await sender.Send(new GradeExercise(id, lang), ct) is { } grade ? Results.Ok(grade) : Results.NotFound())
            .WithTags("Lessons")
            .WithSummary("Grades a lesson's topology as it is now: each check holds or not, why, and the percentage")
            .Produces<ExerciseView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
