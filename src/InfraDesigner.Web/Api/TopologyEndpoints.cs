using InfraDesigner.Data.Store;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InfraDesigner.Web.Api;

public static class TopologyEndpoints
{
    public static IEndpointRouteBuilder MapTopologyEndpoints(this IEndpointRouteBuilder app)
    {
        var topologies = app.MapGroup("/api/topologies").WithTags("Topologies");

        topologies.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new ListTopologies(), ct))
            .WithSummary("All topologies, most recently changed first");

        topologies.MapPost("/", async (HttpRequest request, ISender sender, IOptions<ApiOptions> options, CancellationToken ct) =>
            {
                var json = await DocumentBody.ReadAsync(request, options.Value.MaxDocumentBytes, ct);
                return Created(await sender.Send(new ImportTopology(json), ct));
            })
            .WithSummary("Stores a topology document (docs/topology-format.md) as a new topology")
            .Accepts<object>("application/json").Produces(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        topologies.MapGet("/{id:guid}", async (Guid id, bool? download, ISender sender, HttpContext http, CancellationToken ct) =>
                await sender.Send(new GetTopologyDocument(id), ct) is { } stored
                    ? Document(http, stored.DocumentJson, download == true ? stored.Name : null, stored.Version)
                    : Results.NotFound())
            .WithSummary("The topology as a document; ?download=true offers it as a file")
            .Produces<object>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        topologies.MapPut("/{id:guid}", async (Guid id, HttpRequest request, ISender sender, IOptions<ApiOptions> options, CancellationToken ct) =>
            {
                var json = await DocumentBody.ReadAsync(request, options.Value.MaxDocumentBytes, ct);
                return await sender.Send(new ReplaceTopology(id, json), ct) ? Results.NoContent() : Results.NotFound();
            })
            .WithSummary("Replaces the whole document").Accepts<object>("application/json").ProducesValidationProblem();

        topologies.MapPatch("/{id:guid}", async (Guid id, RenameRequest body, ISender sender, CancellationToken ct) =>
                await sender.Send(new RenameTopology(id, body.Name, body.Description), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Renames a topology").ProducesValidationProblem();

        topologies.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                await sender.Send(new DeleteTopology(id), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Deletes a topology and its versions");

        topologies.MapGet("/{id:guid}/shares", async (Guid id, ISender sender, CancellationToken ct) =>
                await sender.Send(new ListShares(id), ct) is { } shares ? Results.Ok(shares) : Results.NotFound())
            .WithSummary("Who the topology is shared with (its owner only)").Produces<IReadOnlyList<ShareView>>();

        topologies.MapPut("/{id:guid}/shares", async (Guid id, ShareRequest body, ISender sender, CancellationToken ct) =>
                await sender.Send(new ShareTopology(id, body.Email, body.Access, body.Group), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Gives an account { email } or a group { group } viewer or editor access, or takes it back with none (its owner only)").ProducesValidationProblem();

        topologies.MapPost("/{id:guid}/duplicate", async (Guid id, ISender sender, CancellationToken ct) =>
                await sender.Send(new DuplicateTopology(id), ct) is { } copy ? Created(copy) : Results.NotFound())
            .WithSummary("Copies a topology");

        topologies.MapPost("/from-sample/{sample}", async (string sample, ISender sender, CancellationToken ct) =>
                await sender.Send(new CreateFromSample(sample), ct) is { } id ? Created(id) : Results.NotFound())
            .WithSummary("Creates a topology from a built-in sample (GET /api/samples lists them)");

        topologies.MapGet("/{id:guid}/revisions", async (Guid id, ISender sender, CancellationToken ct) =>
                await sender.Send(new ListRevisions(id), ct) is { } revisions ? Results.Ok(revisions) : Results.NotFound())
            .WithSummary("Saved versions, newest first")
            .Produces<IReadOnlyList<RevisionInfo>>().Produces(StatusCodes.Status404NotFound);

        topologies.MapPost("/{id:guid}/revisions", async (Guid id, RevisionRequest body, ISender sender, CancellationToken ct) =>
                await sender.Send(new SaveRevision(id, body.Name), ct) is { } revision
                    ? Results.Created($"/api/topologies/{id}/revisions/{revision.Number}", revision)
                    : Results.NotFound())
            .WithSummary("Saves the current topology as a named, immutable version").ProducesValidationProblem();

        topologies.MapGet("/{id:guid}/revisions/{number:int}", async (Guid id, int number, bool? download, ISender sender, HttpContext http, CancellationToken ct) =>
                await sender.Send(new GetRevisionDocument(id, number), ct) is { } json
                    ? Document(http, json, download == true ? $"version-{number}" : null, version: null)
                    : Results.NotFound())
            .WithSummary("One saved version as a document (read-only)");

        topologies.MapPost("/{id:guid}/revisions/{number:int}/restore", async (Guid id, int number, ISender sender, CancellationToken ct) =>
                await sender.Send(new RestoreRevision(id, number), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Makes a saved version the current topology again");

        app.MapGet("/api/samples", (ISender sender, CancellationToken ct) => sender.Send(new ListSamples(), ct))
            .WithTags("Topologies").WithSummary("The built-in sample topologies");

        return app;
    }

    public sealed record RenameRequest(string Name, string? Description);

    public sealed record RevisionRequest(string Name);

    public sealed record ShareRequest(string? Email, string? Access, string? Group);

    /// <summary>201 with the new topology's address and id.</summary>
    internal static IResult Created(Guid id) => Results.Created($"/api/topologies/{id}", new { id });

    internal static IResult Document(HttpContext http, string json, string? downloadName, long? version)
    {
        if (version is not null) http.Response.Headers.ETag = $"\"{version}\"";
        if (downloadName is not null)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(downloadName + ".json");
            http.Response.Headers.ContentDisposition = disposition.ToString();
        }
        return Results.Text(json, "application/json");
    }
}
