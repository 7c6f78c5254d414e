using InfraDesigner.Simulation.Progress;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Components.Simulation;

/// <summary>
/// One question's run in the Simulate panel: sends it through the dispatcher, collects the engine's
/// progress as it streams (calling <c>changed</c> after each event, so Blazor pushes a render over the
/// circuit), and keeps the answer, or the field errors of a refused question.
/// </summary>
public sealed class SimulationRun
{
    private readonly List<SimulationProgress> _log = [];

    public bool Running { get; private set; }

    public IReadOnlyList<SimulationProgress> Log => _log;

    public object? Answer { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorOf(string path) =>
        Errors.Where(e => e.Path == path || e.Path.StartsWith(path + "[", StringComparison.Ordinal)).Select(e => e.Message).FirstOrDefault();

    public T? AnswerAs<T>() where T : class => Answer as T;

    public async Task RunAsync<TAnswer>(ISender sender, IRequest<IAsyncEnumerable<SimulationEvent>?> request, Func<Task> changed, CancellationToken cancellationToken)
    {
        _log.Clear();
        (Answer, Errors, Running) = (null, [], true);
        await changed();
        try
        {
            var events = await sender.Send(request, cancellationToken)
                ?? throw new RequestValidationException([new FieldError("topology", "This topology no longer exists.")]);
            await foreach (var e in events.WithCancellation(cancellationToken))
            {
                switch (e)
                {
                    case SimulationProgress progress:
                        _log.Add(progress);
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
        }
        finally
        {
            Running = false;
        }
        await changed();
    }
}
