using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Api;

/// <summary>The lesson library: list it, import and export lesson files, start a lesson as a topology of your own, grade that topology's exercise.</summary>
public static class LessonEndpoints
{
    public static IEndpointRouteBuilder MapLessonEndpoints(this IEndpointRouteBuilder app)
    {
        var lessons = app.MapGroup("/api/lessons").WithTags("Lessons");

        lessons.MapGet("/", (string? lang, ISender sender, CancellationToken ct) => sender.Send(new ListLessons(lang), ct))
            .WithSummary("The built-in and imported lessons; ?lang=ko gives their texts in Korean")
            .Produces<IReadOnlyList<LessonSummary>>().ProducesValidationProblem();

        lessons.MapPost("/", async (HttpRequest request, ISender sender, IOptions<ApiOptions> options, CancellationToken ct) =>
            {
                var json = await DocumentBody.ReadAsync(request, options.Value.MaxDocumentBytes, ct);
                var imported = await sender.Send(new ImportLesson(json), ct);
                return imported.Replaced ? Results.Ok(imported) : Results.Created($"/api/lessons/{imported.Id}", imported);
            })
            .WithSummary("Imports a lesson file (docs/lesson-format.md), trainers and admins only; the same id again replaces your own (200)")
            .Accepts<object>("application/json").Produces<ImportedLesson>(StatusCodes.Status201Created).Produces<ImportedLesson>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        lessons.MapGet("/{lessonId}", async (string lessonId, bool? download, ISender sender, HttpContext http, CancellationToken ct) =>
                await sender.Send(new GetLessonFile(lessonId), ct) is { } json
                    ? TopologyEndpoints.Document(http, json, download == true ? lessonId : null, version: null)
                    : Results.NotFound())
            .WithSummary("A lesson's file, to edit and import again; ?download=true offers it as a file")
            .Produces<object>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        lessons.MapDelete("/{lessonId}", async (string lessonId, ISender sender, CancellationToken ct) =>
                await sender.Send(new DeleteLesson(lessonId), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Deletes an imported lesson (its importer or an admin); topologies started from it stay")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

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
