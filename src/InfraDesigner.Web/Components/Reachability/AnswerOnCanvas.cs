using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Components.Reachability;

/// <summary>
/// The circuit's question about a topology, its answer (drawn on the canvas) and the hop picked in it. It outlives the
/// Ask tab (tabs render only the one shown), and asks again after each stored edit of the topology that changes more
/// than positions, so the drawing follows the topology. The Ask panel asks and shows; the canvas draws; either picks hops.
/// </summary>
public sealed class AnswerOnCanvas : IDisposable
{
    private readonly EditingSession _session;
    private Func<Task<AskOutcome?>>? _question;
    private bool _stale;

    public AnswerOnCanvas(EditingSession session)
    {
        _session = session;
        _session.Updated += OnTopologyUpdated;
        _session.SaveStateChanged += OnSaveStateChanged;
    }

    public Guid TopologyId { get; private set; }

    /// <summary>The fields as asked; after a question in words, the flow it was parsed to.</summary>
    public AskForm Form { get; private set; } = AskForm.Empty;

    public AskAnswerView? Asked { get; private set; }

    public ReachabilityAnswer? Answer { get; private set; }

    /// <summary>Why the last question got no answer, in words.</summary>
    public string? Error { get; private set; }

    public bool HasQuestion => _question is not null;

    /// <summary>The last question handed in by a link or the canvas's menu (and its request number), so a panel opened again does not ask it twice.</summary>
    public (string? Question, int Serial) DeepLink { get; set; }

    /// <summary>The picked hop, or null.</summary>
    public HopRef? Picked { get; private set; }

    public HopView? PickedHop => Picked is { } hop ? Answer?.HopAt(hop) : null;

    /// <summary>The question, its answer or its error changed (a new question, asked again after an edit, or cleared).</summary>
    public event Action? AnswerChanged;

    public event Action? PickChanged;

    /// <summary>Asks (null outcome: the topology is gone) and remembers the question to ask again after edits.</summary>
    public Task AskAsync(Guid topologyId, AskForm form, Func<Task<AskOutcome?>> question)
    {
        (TopologyId, Form, _question, _stale) = (topologyId, form, question, false);
        return RunAsync();
    }

    public void Clear()
    {
        (Form, Asked, Answer, Error, Picked, _question, _stale) = (AskForm.Empty, null, null, null, null, null, false);
        AnswerChanged?.Invoke();
        PickChanged?.Invoke();
    }

    public void Pick(HopRef? hop)
    {
        var picked = hop is { } h && Answer?.HopAt(h) is null ? null : hop;
        if (picked == Picked) return;
        Picked = picked;
        PickChanged?.Invoke();
    }

    /// <summary>Picks the first hop at this device (a click on the canvas), unless the picked hop is already there.</summary>
    public void PickDevice(string? device)
    {
        if (Answer is null || (device is not null && PickedHop?.Device == device)) return;
        Pick(device is null ? null : Answer.FindHop(device));
    }

    private async Task RunAsync()
    {
        var question = _question!;
        try
        {
            var outcome = await question();
            if (!ReferenceEquals(question, _question)) return;
            (Asked, Answer, Error) = (outcome?.Asked, outcome?.Answer, outcome is null ? "This topology no longer exists." : null);
            if (outcome is not null) Form = outcome.Form;
        }
        catch (RequestValidationException invalid)
        {
            if (!ReferenceEquals(question, _question)) return;
            (Asked, Answer, Error) = (null, null, string.Join(" ", invalid.Errors.Select(e => e.Message)));
        }
        Picked = null;
        AnswerChanged?.Invoke();
        PickChanged?.Invoke();
    }

    /// <summary>An edit of more than positions makes the answer stale; it is asked again once the edit is stored.</summary>
    private void OnTopologyUpdated(TopologyUpdate update)
    {
        if (_question is null || _session.TopologyId != TopologyId || update.Patches.All(p => p.OnlyMovesAnElement)) return;
        _stale = true;
        if (update.FromOthers) _ = AskAgainAsync();
    }

    private void OnSaveStateChanged()
    {
        if (_stale && _session.SaveState != SaveState.Saving) _ = AskAgainAsync();
    }

    private Task AskAgainAsync()
    {
        if (!_stale || _question is null) return Task.CompletedTask;
        _stale = false;
        return RunAsync();
    }

    public void Dispose()
    {
        _session.Updated -= OnTopologyUpdated;
        _session.SaveStateChanged -= OnSaveStateChanged;
    }
}
