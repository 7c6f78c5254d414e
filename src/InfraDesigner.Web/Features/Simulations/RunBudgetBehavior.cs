using System.Runtime.CompilerServices;
using InfraDesigner.Simulation.Progress;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// Holds every simulation run to the time budget: the engine's stream runs on a token linked to a timeout, and a
/// run that overruns is refused at the field that sizes it, saying the limit. The caller's own cancellation passes through.
/// </summary>
internal sealed class RunBudgetBehavior<TRequest, TResponse>(IOptions<RunLimits> limits) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(request, cancellationToken);
        return request is IBudgetedRun run && response is IAsyncEnumerable<SimulationEvent> events
            ? (TResponse)(object)Within(events, limits.Value.RunBudget, run.SizeField, CancellationToken.None)
            : response;
    }

    private static async IAsyncEnumerable<SimulationEvent> Within(
        IAsyncEnumerable<SimulationEvent> events, TimeSpan budget, string sizeField, [EnumeratorCancellation] CancellationToken cancellationToken)
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
                throw RunBudget.Exceeded(budget, sizeField);
            }
            yield return running.Current;
        }
    }
}
