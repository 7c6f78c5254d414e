using System.Text.Json;
using System.Text.Json.Serialization;
using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.LoadBalancing;
using InfraDesigner.Simulation.Placement;
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
        var simulations = app.MapGroup("/api/topologies/{id:guid}/simulations").WithTags("Simulations");

        Map<RunPlacement, PlacementAnswer>(simulations, "placement", (r, id) => r with { TopologyId = id },
            "Places new VMs (and the cluster's unplaced ones) onto its hosts: where each goes and why, and what blocks the rest on each host");
        Map<RunCapacity, CapacityAnswer>(simulations, "capacity", (r, id) => r with { TopologyId = id },
            "How many more VMs of a size fit in a cluster, on which host, and which resource binds");
        Map<RunMigration, MigrationResult>(simulations, "migration", (r, id) => r with { TopologyId = id },
            "Live-migrates a VM to another host: prerequisites, pre-copy rounds, total time, downtime, and whether it converges");
        Map<RunBalance, BalanceAnswer>(simulations, "balance", (r, id) => r with { TopologyId = id },
            "A DRS-style balancing pass: host loads, imbalance, the recommended migrations and their timeline");
        Map<RunFailover, FailoverAnswer>(simulations, "failover", (r, id) => r with { TopologyId = id },
            "What if hosts fail: which VMs HA restarts where, which cannot and why, and admission control");
        Map<RunFailoverSweep, FailoverSweepAnswer>(simulations, "failover/sweep", (r, id) => r with { TopologyId = id },
            "Tries every single-host (and with maxFailedHosts 2 every two-host) failure: which are survived without loss, and the worst");
        Map<RunLoadBalancer, LoadBalancerAnswer>(simulations, "load-balancer", (r, id) => r with { TopologyId = id },
            "Request load through a load balancer with failing members: share and response time per member, outage impact");
        return app;
    }

    private static void Map<TRequest, TAnswer>(RouteGroupBuilder group, string name, Func<TRequest, Guid, TRequest> withId, string summary)
        where TRequest : IRequest<IAsyncEnumerable<SimulationEvent>?>
    {
        group.MapPost($"/{name}", async (Guid id, HttpRequest http, ISender sender, CancellationToken ct) =>
            {
                var question = withId(await JsonBody.ReadAsync<TRequest>(http, Json, ct), id);
                return await sender.Send(question, ct) is { } events
                    ? Results.Json(await events.AnswerAsync<TAnswer>(ct), Json)
                    : Results.NotFound();
            })
            .WithName($"Simulate-{name.Replace('/', '-')}")
            .WithSummary(summary)
            .Accepts<TRequest>("application/json")
            .Produces<TAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
