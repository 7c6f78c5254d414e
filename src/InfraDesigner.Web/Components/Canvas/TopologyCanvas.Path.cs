using InfraDesigner.Web.Components.Reachability;
using InfraDesigner.Web.Components.Simulation;
using InfraDesigner.Web.Interop;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// The answer of the Ask tab or a simulation's picture drawn on the canvas (the latest shown wins), the packet's stops
/// handed to the player, and "Trace to…".
/// </summary>
public partial class TopologyCanvas
{
    private PacketPlayerInterop? _player;
    private string? _traceFrom;
    private AskForm? _formUnderPicture;

    [Inject] private AnswerOnCanvas Answers { get; set; } = default!;
    [Inject] private SimulationOnCanvas Pictures { get; set; } = default!;

    private SimulationPicture? Picture => Pictures.For(Session.TopologyId);

    private void SubscribeAnswers()
    {
        _player = new PacketPlayerInterop(Js);
        Answers.AnswerChanged += OnAnswerChanged;
        Pictures.Changed += OnPictureChanged;
        _view.Diagram.Behaviors.Keyboard.Add("Escape", "Clear the selection; cancel Trace to…", diagram =>
        {
            CancelTrace();
            diagram.ClearSelection();
        });
        if (Answers.Answer is not null || Picture is not null) OnPictureChanged();
    }

    /// <summary>A new question takes the canvas from a simulation's picture; the same one asked again after an edit does not.</summary>
    private void OnAnswerChanged()
    {
        if (Answers.Answer is not null && Picture is not null && !ReferenceEquals(Answers.Form, _formUnderPicture)) Pictures.Clear();
        else OnPictureChanged();
    }

    private void OnPictureChanged()
    {
        _formUnderPicture = Answers.Form;
        _ = InvokeAsync(async () =>
        {
            await DrawAnswerAsync();
            StateHasChanged();
        });
    }

    /// <summary>Draws the answer (or clears the drawing), scrolls it into view and gives the player its stops.</summary>
    private async Task DrawAnswerAsync()
    {
        var diagram = _view.Diagram;
        if (Picture is { } picture)
        {
            if (_player is not null) await _player.ClearAsync();
            ShowInView(picture.Highlight);
            return;
        }
        if (Answers.Answer is not { } answer || Answers.TopologyId != Session.TopologyId)
        {
            diagram.ClearHighlight();
            if (_player is not null) await _player.ClearAsync();
            return;
        }
        var drawn = PathDrawing.Of(answer, _view);
        ShowInView(drawn.Highlight);
        if (_player is not null) await _player.LoadAsync(drawn.Routes);
    }

    private void ShowInView(Diagrams.Highlighting.DiagramHighlight highlight)
    {
        var diagram = _view.Diagram;
        diagram.SetHighlight(highlight);
        diagram.Behaviors.PanZoom.BringIntoView(diagram, highlight.NodeClasses.Keys.Select(diagram.GetNode).OfType<Diagrams.Models.NodeModel>());
    }

    /// <summary>A click on a device of the drawn path picks its hop: its steps shown, the packet moved there.</summary>
    private void PickHopAt(string? id)
    {
        var before = Answers.Picked;
        Answers.PickDevice(id);
        if (Answers.Picked is { } hop && hop != before && _player is not null) _ = InvokeAsync(() => _player.SeekAsync(hop.Key).AsTask());
    }

    /// <summary>"Trace to…": the next element clicked is the other end of the question.</summary>
    private void StartTrace(string from)
    {
        _traceFrom = from;
        _menu = [];
        StateHasChanged();
    }

    private void CancelTrace()
    {
        if (_traceFrom is null) return;
        _traceFrom = null;
        _ = InvokeAsync(StateHasChanged);
    }

    /// <summary>A click while tracing: on another element it asks; elsewhere the canvas keeps waiting.</summary>
    private bool TraceTo(string? clicked)
    {
        if (_traceFrom is not { } from || clicked is null || clicked == from || _view.ModelOf(clicked) is null) return false;
        _traceFrom = null;
        _ = InvokeAsync(async () =>
        {
            StateHasChanged();
            await AskRequested.InvokeAsync($"can {from} reach {clicked}?");
        });
        return true;
    }

    /// <summary>Scrolls an element of the page into view (the inspector's rule opened from an answer).</summary>
    public ValueTask RevealAsync(string selector) => _interop?.RevealAsync(selector) ?? ValueTask.CompletedTask;

    private void UnsubscribeAnswers()
    {
        Answers.AnswerChanged -= OnAnswerChanged;
        Pictures.Changed -= OnPictureChanged;
    }
}
