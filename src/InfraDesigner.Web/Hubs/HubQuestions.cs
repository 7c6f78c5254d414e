using System.Runtime.CompilerServices;
using System.Text.Json;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Api;
using InfraDesigner.Web.Features.Simulations;

namespace InfraDesigner.Web.Hubs;

/// <summary>
/// Runs a hub call as the REST endpoint does: the question argument read like a request body, the same use case sent
/// through Mediator (validation, limits, time budget), the answer written with REST's JSON options. What the caller
/// got wrong becomes a <see cref="HubProblem"/>; cancelling the stream cancels the use case.
/// </summary>
public sealed class HubQuestions(ISender sender, RunningHubStreams running)
{
    /// <summary>A question answered at once (reachability): one result item.</summary>
    public async IAsyncEnumerable<HubEvent> Answer<TBody, TAnswer>(string topologyId, JsonElement question,
        Func<TBody, Guid, IRequest<TAnswer?>> useCase, [EnumeratorCancellation] CancellationToken cancellationToken) where TAnswer : class
    {
        using var run = running.Start();
        var answer = await Refusing(async () =>
            await sender.Send(useCase(JsonBody.Read<TBody>(question, JsonSerializerOptions.Web), Id(topologyId)), cancellationToken));
        yield return HubEvent.Of(answer ?? throw HubProblem.UnknownTopology(topologyId), JsonSerializerOptions.Web);
    }

    /// <summary>A simulation: the engine's progress items as it runs, then its answer.</summary>
    public async IAsyncEnumerable<HubEvent> Simulate<TRequest, TAnswer>(string topologyId, JsonElement question,
        SimulationKind<TRequest, TAnswer> kind, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRequest : IRequest<IAsyncEnumerable<SimulationEvent>?>
    {
        using var run = running.Start();
        var events = await Refusing(async () =>
            await sender.Send(kind.On(JsonBody.Read<TRequest>(question, SimulationEndpoints.Json), Id(topologyId)), cancellationToken))
            ?? throw HubProblem.UnknownTopology(topologyId);
        await using var engine = events.GetAsyncEnumerator(cancellationToken);
        while (await Refusing(async () => await engine.MoveNextAsync()))
        {
            yield return engine.Current switch
            {
                SimulationProgress progress => HubEvent.Of(progress),
                SimulationCompleted<TAnswer> done => HubEvent.Of(done.Answer, SimulationEndpoints.Json),
                var other => throw new InvalidOperationException($"{kind.Name} streamed an unexpected {other.GetType().Name}"),
            };
        }
    }

    private static Guid Id(string? topologyId) => Guid.TryParse(topologyId, out var id)
        ? id
        : throw HubProblem.Invalid(new Dictionary<string, string[]> { ["topologyId"] = [$"'{topologyId}' is not a topology id (a GUID)"] });

    private static async Task<T> Refusing<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception refused) when (ValidationExceptionHandler.FieldErrors(refused) is { } errors)
        {
            throw HubProblem.Invalid(errors);
        }
        catch (Accounts.AccessDeniedException denied)
        {
            throw HubProblem.Forbidden(denied.Message);
        }
    }
}
