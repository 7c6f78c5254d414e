using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Api;

public static class TopologyEndpoints
{
    public static IEndpointRouteBuilder MapTopologyEndpoints(this IEndpointRouteBuilder app)
    {
        var topologies = app.MapGroup("/api/topologies").WithTags("Topologies");

        topologies.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new ListTopologies(), ct))
            .WithName("ListTopologies");

        topologies.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetTopology(id), ct) is { } topology ? Results.Ok(topology) : Results.NotFound())
            .WithName("GetTopology")
            .Produces<TopologySummary>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        topologies.MapPost("/", async (CreateTopology request, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(request, ct);
                return Results.Created($"/api/topologies/{created.Id}", new { id = created.Id });
            })
            .WithName("CreateTopology")
            .ProducesValidationProblem();

        topologies.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                await sender.Send(new DeleteTopology(id), ct) ? Results.NoContent() : Results.NotFound())
            .WithName("DeleteTopology");

        return app;
    }
}
