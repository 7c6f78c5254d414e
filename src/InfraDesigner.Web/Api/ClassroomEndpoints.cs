using System.Text;
using System.Text.Json;
using InfraDesigner.Domain.Lessons.Faults;
using InfraDesigner.Web.Features.Classrooms;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Api;

/// <summary>Classrooms: a trainer opens one on a lesson, reads its board, exports the results, switches hints, ends it.</summary>
public static class ClassroomEndpoints
{
    public sealed record OpenBody(string? LessonId, string? Language);

    public sealed record HintsBody(bool Shown);

    public sealed record JoinBody(string? Code, string? DisplayName);

    public sealed record NoteBody(Guid? SeatId, string? Text);

    public sealed record CanvasBody(Guid? TopologyId);

    public static IEndpointRouteBuilder MapClassroomEndpoints(this IEndpointRouteBuilder app)
    {
        var classrooms = app.MapGroup("/api/classrooms").WithTags("Classrooms");

        classrooms.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new ListClassrooms(), ct))
            .WithSummary("The classrooms you opened (an admin: all), newest first").Produces<IReadOnlyList<ClassroomView>>();

        classrooms.MapPost("/", async (OpenBody body, ISender sender, CancellationToken ct) =>
            {
                var opened = await sender.Send(new OpenClassroom(body.LessonId ?? "", body.Language), ct);
                return Results.Created($"/api/classrooms/{opened.Id}", opened);
            })
            .WithSummary("Opens a classroom on a lesson with a fresh join code (trainers and admins)")
            .Produces<ClassroomView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        classrooms.MapPost("/join", async (JoinBody body, ISender sender, CancellationToken ct) =>
                TopologyEndpoints.Created(await sender.Send(new JoinClassroom(body.Code ?? "", body.DisplayName ?? ""), ct)))
            .WithSummary("Seats your account in a classroom by its code; answers your copy of the exercise (the same one when you join again). Browsers without an account join at /join.")
            .ProducesValidationProblem();

        classrooms.MapGet("/{id:guid}", async (Guid id, string? lang, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetClassroomBoard(id, lang), ct) is { } board ? Results.Ok(board) : Results.NotFound())
            .WithSummary("The board: every trainee's copy graded now, check by check")
            .Produces<ClassroomBoard>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        classrooms.MapGet("/{id:guid}/results.csv", async (Guid id, string? lang, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetClassroomBoard(id, lang), ct) is { } board
                    ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ClassroomResultsCsv.Write(board))).ToArray(),
                        "text/csv; charset=utf-8", $"classroom-{board.Classroom.Code}.csv")
                    : Results.NotFound())
            .WithSummary("The board as CSV: a row per trainee, a column per check")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        classrooms.MapPut("/{id:guid}/hints", async (Guid id, HintsBody body, ISender sender, CancellationToken ct) =>
                await sender.Send(new ShowClassroomHints(id, body.Shown), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Lets the trainees see hints and the solution, or not; they see the change at once")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        classrooms.MapPost("/{id:guid}/notes", async (Guid id, NoteBody body, ISender sender, CancellationToken ct) =>
                await sender.Send(new SendClassroomNote(id, body.SeatId, body.Text ?? ""), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Sends a hint to one trainee (seatId) or to the whole class (no seatId); it shows on their Lesson tab at once")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        classrooms.MapPut("/{id:guid}/canvas", async (Guid id, CanvasBody body, ISender sender, CancellationToken ct) =>
                await sender.Send(new ShowCanvasToClassroom(id, body.TopologyId), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Shows one of your topologies to every trainee, read-only and live (topologyId null: stops showing it)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        classrooms.MapGet("/{id:guid}/trainees/{seatId:guid}/faults", async (Guid id, Guid seatId, ISender sender, CancellationToken ct) =>
                Results.Text(FaultJson.Write(await sender.Send(new ListFaultChoices(id, seatId), ct)), "application/json"))
            .WithSummary("The faults that fit this trainee's design as it stands, each in the lesson format's fault JSON with what it breaks")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        classrooms.MapPost("/{id:guid}/trainees/{seatId:guid}/faults", async (Guid id, Guid seatId, JsonElement body, ISender sender, CancellationToken ct) =>
                await sender.Send(new PutFaultInCopy(id, seatId, ReadFault(body)), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Breaks one thing in this trainee's copy (a fault as in the lesson format: insert-rule, remove-rule, access-vlan); their canvas reloads at once")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        classrooms.MapPost("/{id:guid}/end", async (Guid id, ISender sender, CancellationToken ct) =>
                await sender.Send(new EndClassroom(id), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Ends the classroom: nobody joins any more; the trainees keep their copies")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static Fault ReadFault(JsonElement body)
    {
        try
        {
            return FaultJson.Read(body);
        }
        catch (JsonException invalid)
        {
            throw new RequestValidationException([new FieldError("fault", $"not a fault in the lesson format (kind insert-rule, remove-rule or access-vlan): {invalid.Message}")]);
        }
    }
}
