using InfraDesigner.Web.Accounts.Tokens;
using System.Text.Json;
using System.Text.Json.Serialization;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Simulations;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Api;

/// <summary>
/// The compute simulations of one stored topology: POST a question (camelCase JSON, enums as strings),
/// get the engine's whole answer. A question the topology cannot answer is a 400 naming the field.
/// </summary>
public static class SimulationEndpoints
{
    /// <summary>Web defaults, enums as camelCase strings (never numbers), and Infinity spelt out (DRS level 1 tolerates any imbalance).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static IEndpointRouteBuilder MapSimulationEndpoints(this IEndpointRouteBuilder app)
    {
        var simulations = app.MapGroup("/api/topologies/{id:guid}/simulations").WithTags("Simulations").WithMetadata(AnalysisEndpoint.Instance);

        Map(simulations, SimulationKinds.Placement);
        Map(simulations, SimulationKinds.Capacity);
        Map(simulations, SimulationKinds.Migration);
        Map(simulations, SimulationKinds.Balance);
        Map(simulations, SimulationKinds.Failover);
        Map(simulations, SimulationKinds.FailoverSweep);
        Map(simulations, SimulationKinds.LoadBalancer);
        return app;
    }

    private static void Map<TRequest, TAnswer>(RouteGroupBuilder group, SimulationKind<TRequest, TAnswer> kind)
        where TRequest : IRequest<IAsyncEnumerable<SimulationEvent>?>
    {
        group.MapPost($"/{kind.Name}", async (Guid id, HttpRequest http, ISender sender, CancellationToken ct) =>
            {
                var question = kind.On(await JsonBody.ReadAsync<TRequest>(http, Json, ct), id);
                return await sender.Send(question, ct) is { } events
                    ? Results.Json(await events.AnswerAsync<TAnswer>(ct), Json)
                    : Results.NotFound();
            })
            .WithName($"Simulate-{kind.Name.Replace('/', '-')}")
            .WithSummary(kind.Summary)
            .Accepts<TRequest>("application/json")
            .Produces<TAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
