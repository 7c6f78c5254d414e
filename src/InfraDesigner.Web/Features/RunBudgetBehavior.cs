using System.Runtime.CompilerServices;
using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Simulations;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features;

/// <summary>
/// Holds every simulation and analysis to the time budget: the work runs on a token linked to a timeout (for a
/// simulation, the engine's stream), and a run that overruns is refused at the field that sizes it, saying the limit.
/// The caller's own cancellation passes through.
/// </summary>
internal sealed class RunBudgetBehavior<TRequest, TResponse>(IOptions<RunLimits> limits) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull, IMessage
{
    private static readonly bool Streams = typeof(IAsyncEnumerable<SimulationEvent>).IsAssignableFrom(typeof(TResponse));

    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next, CancellationToken cancellationToken)
    {
        if (request is not IBudgetedRun run)
            return await next(request, cancellationToken);
        var budget = limits.Value.RunBudget;
        if (Streams)
        {
            var response = await next(request, cancellationToken);
            return response is IAsyncEnumerable<SimulationEvent> events ? (TResponse)(object)Within(events, budget, run, CancellationToken.None) : response;
        }
        using var timeout = RunBudget.Start(budget, cancellationToken);
        try
        {
            return await next(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw RunBudget.Exceeded(budget, run);
        }
    }

    private static async IAsyncEnumerable<SimulationEvent> Within(
        IAsyncEnumerable<SimulationEvent> events, TimeSpan budget, IBudgetedRun run, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var timeout = RunBudget.Start(budget, cancellationToken);
        await using var running = events.GetAsyncEnumerator(timeout.Token);
        while (true)
        {
            try
            {
                if (!await running.MoveNextAsync()) yield break;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw RunBudget.Exceeded(budget, run);
            }
            yield return running.Current;
        }
    }
}
