using System.Runtime.CompilerServices;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>Helpers over the engines' progress streams: reshape the final answer, or wait for it.</summary>
public static class SimulationEvents
{
    /// <summary>Passes progress through and replaces the engine's answer with <paramref name="map"/> of it.</summary>
    public static async IAsyncEnumerable<SimulationEvent> MapAnswer<TIn, TOut>(
        this IAsyncEnumerable<SimulationEvent> events, Func<TIn, TOut> map, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            yield return e is SimulationCompleted<TIn> done ? new SimulationCompleted<TOut>(done.Engine, map(done.Answer)) : e;
        }
    }

    /// <summary>Consumes the stream and returns the final answer.</summary>
    public static async Task<TAnswer> AnswerAsync<TAnswer>(this IAsyncEnumerable<SimulationEvent> events, CancellationToken cancellationToken = default)
    {
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            if (e is SimulationCompleted<TAnswer> done)
            {
                return done.Answer;
            }
        }
        throw new InvalidOperationException($"The simulation ended without a {typeof(TAnswer).Name}.");
    }
}
