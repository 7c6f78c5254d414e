using InfraDesigner.Web.Accounts.Tokens;
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
        var topology = app.MapGroup("/api/topologies/{id:guid}").WithTags("Reachability").WithMetadata(AnalysisEndpoint.Instance);

        topology.MapPost("/reachability", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
                Found(await sender.Send((await Body<ReachabilityRequest>(request, ct)).For(id), ct)))
            .Accepts<ReachabilityRequest>("application/json")
            .WithSummary("Can 'from' reach 'to' on 'port'? Verdict, paths hop by hop, deciding rule, fixes")
            .Produces<ReachabilityAnswer>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapPost("/ask", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
                Found(await sender.Send((await Body<AskRequest>(request, ct)).For(id), ct)))
            .Accepts<AskRequest>("application/json")
            .WithSummary("A question in words (English or Korean), parsed and answered")
            .Produces<AskAnswerView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapGet("/intents/check", async (Guid id, ISender sender, CancellationToken ct) => Found(await sender.Send(new CheckIntents(id), ct)))
            .WithSummary("Checks the topology's intents: each holds or not, with the trace's verdict and deciding rule")
            .Produces<IReadOnlyList<IntentResult>>().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapGet("/matrix", async (Guid id, string? ports, string? protocol, string? elements, ISender sender, CancellationToken ct) =>
                Found(await sender.Send(new MatrixRequest(Ports(ports), protocol, List(elements)).For(id), ct)))
            .WithSummary("Segmentation matrix; ?ports=443,3300&protocol=tcp&elements=a,b")
            .Produces<MatrixView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapPost("/matrix", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
                Found(await sender.Send((await Body<MatrixRequest>(request, ct)).For(id), ct)))
            .Accepts<MatrixRequest>("application/json")
            .WithSummary("Segmentation matrix for the ports (and elements) in the body")
            .Produces<MatrixView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapGet("/shadowed-rules", async (Guid id, string? firewall, ISender sender, CancellationToken ct) =>
                Found(await sender.Send(new ShadowedRulesRequest(firewall).For(id), ct)))
            .WithSummary("Firewall rules that can never match, with the lines that block them")
            .Produces<IReadOnlyList<ShadowedRuleView>>().ProducesProblem(StatusCodes.Status404NotFound);

        topology.MapGet("/diff", async (Guid id, string? from, string? to, ISender sender, CancellationToken ct) =>
                Found(await sender.Send(new DiffRequest(from, to).For(id), ct)))
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

    // The questions as a client sends them (REST bodies and query strings, the hub's arguments), each made a use case of one topology.

    public sealed record ReachabilityRequest(string? From, string? To, [property: Range(Limits.MinPort, Limits.MaxPort)] int? Port, string? Protocol)
    {
        public TraceReachability For(Guid id) => new(id, From, To, Port, Protocol);
    }

    public sealed record AskRequest(string? Question)
    {
        public AskReachability For(Guid id) => new(id, Question);
    }

    public sealed record MatrixRequest([property: Range(Limits.MinPort, Limits.MaxPort)] IReadOnlyList<int>? Ports, string? Protocol, IReadOnlyList<string>? Elements)
    {
        public GetSegmentationMatrix For(Guid id) => new(id, Ports, Protocol, Elements);
    }

    public sealed record ShadowedRulesRequest(string? Firewall)
    {
        public GetShadowedRules For(Guid id) => new(id, Firewall);
    }

    public sealed record DiffRequest(string? From, string? To)
    {
        public DiffRevisions For(Guid id) => new(id, From, To);
    }
}
