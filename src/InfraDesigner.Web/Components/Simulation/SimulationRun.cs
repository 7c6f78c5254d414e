using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Features.Simulations;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Components.Simulation;

/// <summary>
/// One question's run in the Simulate panel: sends it through the dispatcher, collects the engine's
/// progress as it streams (calling <c>changed</c> after each event, so Blazor pushes a render over the
/// circuit), and keeps the answer, or the field errors of a refused question. <see cref="Cancel"/> stops the
/// server-side work; the progress streamed until then stays. The run is announced to the others on the topology
/// (<see cref="RunsInProgress"/>) while it lasts.
/// </summary>
public sealed class SimulationRun
{
    private readonly List<SimulationProgress> _log = [];
    private CancellationTokenSource? _run;

    public bool Running { get; private set; }

    /// <summary>The last run was stopped with <see cref="Cancel"/> before it answered.</summary>
    public bool Cancelled { get; private set; }

    public IReadOnlyList<SimulationProgress> Log => _log;

    public object? Answer { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorOf(string path) =>
        Errors.Where(e => e.Path == path || e.Path.StartsWith(path + "[", StringComparison.Ordinal)).Select(e => e.Message).FirstOrDefault();

    public T? AnswerAs<T>() where T : class => Answer as T;

    public async Task RunAsync<TAnswer>(ISender sender, IRequest<IAsyncEnumerable<SimulationEvent>?> request, RunsInProgress.Announcement announced,
        Func<Task> changed, CancellationToken cancellationToken)
    {
        using var _ = announced;
        _log.Clear();
        (Answer, Errors, Running, Cancelled) = (null, [], true, false);
        using var run = _run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await changed();
        try
        {
            var events = await sender.Send(request, run.Token)
                ?? throw new RequestValidationException([new FieldError("topology", "This topology no longer exists.")]);
            await foreach (var e in events.WithCancellation(run.Token))
            {
                switch (e)
                {
                    case SimulationProgress progress:
                        _log.Add(progress);
                        announced.Report(progress);
                        await changed();
                        break;
                    case SimulationCompleted<TAnswer> done:
                        Answer = done.Answer;
                        break;
                }
            }
        }
        catch (RequestValidationException refused)
        {
            Errors = refused.Errors;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The panel went away; nothing is left to show.
            Running = false;
            return;
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            Cancelled = true;
            announced.Cancelled();
        }
        finally
        {
            Running = false;
            _run = null;
        }
        await changed();
    }

    public void Cancel() => _run?.Cancel();
}
