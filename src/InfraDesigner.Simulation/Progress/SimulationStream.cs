using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace InfraDesigner.Simulation.Progress;

/// <summary>
/// Runs an engine on the thread pool and streams its progress, ending with
/// <see cref="SimulationCompleted{TAnswer}"/>. Every engine's streaming variant is this plus one lambda.
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
        var work = Task.Run(() =>
        {
            try
            {
                var answer = compute(sink, cancellationToken);
                channel.Writer.TryWrite(new SimulationCompleted<TAnswer>(engine, answer));
                channel.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                channel.Writer.TryComplete(ex);
            }
        }, cancellationToken);

        await foreach (var e in channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return e;
        }
        await work;
    }
}
