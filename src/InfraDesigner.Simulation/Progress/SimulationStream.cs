using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace InfraDesigner.Simulation.Progress;

/// <summary>
/// Runs an engine on the thread pool and streams its progress, ending with
/// <see cref="SimulationCompleted{TAnswer}"/>. Every engine's streaming variant is this plus one lambda.
/// A consumer that stops early (cancels, or disposes the stream) stops the engine, and the stream ends only once it has stopped.
/// </summary>
public static class SimulationStream
{
    public static async IAsyncEnumerable<SimulationEvent> Run<TAnswer>(
        string engine,
        Func<ProgressSink, CancellationToken, TAnswer> compute,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<SimulationEvent>(new UnboundedChannelOptions { SingleReader = true });
        var sink = new ProgressSink(engine, e => channel.Writer.TryWrite(e));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Task.Run(() =>
        {
            try
            {
                var answer = compute(sink, stop.Token);
                channel.Writer.TryWrite(new SimulationCompleted<TAnswer>(engine, answer));
                channel.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                channel.Writer.TryComplete(ex);
            }
        }, stop.Token);

        try
        {
            await foreach (var e in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return e;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await work.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
