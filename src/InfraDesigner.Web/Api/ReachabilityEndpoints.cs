using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Api;

/// <summary>Reachability questions about a stored topology: trace, ask in words, matrix, shadowed rules, diff.</summary>
public static class ReachabilityEndpoints
{
    public static IEndpointRouteBuilder MapReachabilityEndpoints(this IEndpointRouteBuilder app)
    {
        var topology = app.MapGroup("/api/topologies/{id:guid}").WithTags("Reachability");

        topology.MapPost("/reachability", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = await Body<ReachabilityRequest>(request, ct);
                return Found(await sender.Send(new TraceReachability(id, body.From, body.To, body.Port, body.Protocol), ct));
            })
            .Accepts<ReachabilityRequest>("application/json")
            .WithSummary("Can 'from' reach 'to' on 'port'? Verdict, paths hop by hop, deciding rule, fixes")
            .Produces<ReachabilityAnswer>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapPost("/ask", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
                Found(await sender.Send(new AskReachability(id, (await Body<AskRequest>(request, ct)).Question), ct)))
            .Accepts<AskRequest>("application/json")
            .WithSummary("A question in words (English or Korean), parsed and answered")
            .Produces<AskAnswerView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapGet("/matrix", async (Guid id, string? ports, string? protocol, string? elements, ISender sender, CancellationToken ct) =>
                Found(await sender.Send(new GetSegmentationMatrix(id, Ports(ports), protocol, List(elements)), ct)))
            .WithSummary("Segmentation matrix; ?ports=443,3300&protocol=tcp&elements=a,b")
            .Produces<MatrixView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapPost("/matrix", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = await Body<MatrixRequest>(request, ct);
                return Found(await sender.Send(new GetSegmentationMatrix(id, body.Ports, body.Protocol, body.Elements), ct));
            })
            .Accepts<MatrixRequest>("application/json")
            .WithSummary("Segmentation matrix for the ports (and elements) in the body")
            .Produces<MatrixView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapGet("/shadowed-rules", async (Guid id, string? firewall, ISender sender, CancellationToken ct) =>
                Found(await sender.Send(new GetShadowedRules(id, firewall), ct)))
            .WithSummary("Firewall rules that can never match, with the lines that block them")
            .Produces<IReadOnlyList<ShadowedRuleView>>().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapGet("/diff", async (Guid id, string? from, string? to, ISender sender, CancellationToken ct) =>
                Found(await sender.Send(new DiffRevisions(id, from, to), ct)))
            .WithSummary("Flows gained and lost between two versions; ?from=1&to=2 or to=current")
            .Produces<DiffView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    // Read here rather than bound: a body that does not bind is a 400 at the bad value's path, never a 500.
    private static Task<T> Body<T>(HttpRequest request, CancellationToken ct) => JsonBody.ReadAsync<T>(request, JsonSerializerOptions.Web, ct);

    private static IResult Found<T>(T? answer) where T : class => answer is null ? Results.NotFound() : Results.Ok(answer);

    private static IReadOnlyList<string>? List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IReadOnlyList<int>? Ports(string? text) => List(text)?.Select(p => int.TryParse(p, out var port)
        ? port
        : throw new RequestValidationException([new FieldError("ports", $"'{p}' is not a port number ({Limits.Ports})")])).ToArray();

    public sealed record ReachabilityRequest(string? From, string? To, [property: Range(Limits.MinPort, Limits.MaxPort)] int? Port, string? Protocol);

    public sealed record AskRequest(string? Question);

    public sealed record MatrixRequest([property: Range(Limits.MinPort, Limits.MaxPort)] IReadOnlyList<int>? Ports, string? Protocol, IReadOnlyList<string>? Elements);
}
