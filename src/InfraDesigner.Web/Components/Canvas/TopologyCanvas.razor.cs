using InfraDesigner.Data.Documents;
using InfraDesigner.Diagrams;
using InfraDesigner.Diagrams.Components;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Interop;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// The drawing of the open topology: the diagram canvas with its tools. Edits made on the canvas go to
/// the session; every change of the session's topology (here, in a panel, by another user) updates
/// only the nodes it concerns.
/// </summary>
public partial class TopologyCanvas
{
    private readonly TopologyDiagram _view = new();
    private CanvasEditBridge? _bridge;
    private DiagramCanvas? _canvas;
    private ElementReference _host;
    private EditorCanvasInterop? _interop;
    private bool _helpOpen;
    private bool _snap = true;

    [Parameter, EditorRequired] public EditingSession Session { get; set; } = default!;

    /// <summary>The palette item being dragged (HTML5 drag), dropped here to create it.</summary>
    [Parameter] public PaletteItem? DraggedItem { get; set; }

    /// <summary>The selected element or zone ("zone:name"), or null.</summary>
    [Parameter] public EventCallback<string?> SelectionChanged { get; set; }

    /// <summary>The editor's pick of an element or zone for a panel's field; while it runs, clicks answer it.</summary>
    [CascadingParameter] public CanvasPick? Pick { get; set; }

    [Inject] private ISnackbar Toasts { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;

    public TopologyDiagram View => _view;

    /// <summary>The edit that puts an element into a zone or frame (null: out of all) and moves it into free space there.</summary>
    public Func<Topology, Topology> PlaceIn(string element, string? frame) => FrameChange.Edit(_view, element, frame);

    private bool _initialised;
    private bool _parametersOnly;

    /// <summary>The page re-rendering (a selection, a drag from the palette) changes nothing drawn here.</summary>
    protected override void OnParametersSet()
    {
        _parametersOnly = _initialised;
        _initialised = true;
    }

    /// <summary>
    /// Renders for its own changes, and when the page renders while the diagram or toolbar has changes
    /// not yet drawn: a gesture that also changes the selection then reaches the browser as one batch.
    /// </summary>
    protected override bool ShouldRender()
    {
        var chromeChanged = ChromeChanged();
        var render = !_parametersOnly || chromeChanged || _canvas?.HasUnrenderedChanges == true;
        _parametersOnly = false;
        return render;
    }

    protected override void OnInitialized()
    {
        _view.Load(Session.Topology!);
        _bridge = new CanvasEditBridge(_view, Session);
        _bridge.Refused += message => Toasts.Add(message, Severity.Warning);
        _bridge.AddressesGiven += ShowAddresses;
        var diagram = _view.Diagram;
        diagram.LinkRefused += refusal => Toasts.Add(refusal.Reason, Severity.Warning);
        diagram.SelectionChanged += OnSelectionChanged;
        SubscribeMenus();
        if (Pick is not null)
        {
            diagram.Behaviors.Gestures = new PickGestures(Pick, diagram.Behaviors.Gestures);
            Pick.Changed += OnPickChanged;
        }
        var keys = diagram.Behaviors.Keyboard;
        keys.Add("Ctrl+Z", "Undo", diagram => _ = UndoAsync(), edits: true);
        keys.Add("Ctrl+Shift+Z", "Redo", diagram => _ = RedoAsync(), edits: true);
        keys.Add("Ctrl+Y", "Redo", diagram => _ = RedoAsync(), edits: true);
        keys.Add("?", "Show the keyboard shortcuts", _ => { _helpOpen = true; StateHasChanged(); });
        // Subscribed before the canvas is attached, so the browser's first size report cannot come first.
        diagram.Changed += FitOnceSized;
        Session.Updated += OnSessionUpdated;
        Session.ChangedElsewhere += OnChangedElsewhere;
        _interop = new EditorCanvasInterop(Js);
        SubscribeAnswers();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _interop is null) return;
        await _interop.AcceptDropsAsync();
    }

    /// <summary>Opens with the whole drawing in view, once the browser has said how big the canvas is.</summary>
    private void FitOnceSized()
    {
        var diagram = _view.Diagram;
        if (!diagram.CanvasMeasured) return;
        diagram.Changed -= FitOnceSized;
        if (diagram.Nodes.Count + diagram.Groups.Count > 0) diagram.Behaviors.PanZoom.ZoomToFit(diagram);
    }

    private void OnSessionUpdated(TopologyUpdate update)
    {
        _view.Apply(update.After, update.Patches);
        RenderChromeIfChanged();
    }

    /// <summary>
    /// The diagram renders itself; this component renders again only when its toolbar, legend or empty
    /// state would change, after the gesture's other work, so a page render of the same gesture can carry it.
    /// </summary>
    private void RenderChromeIfChanged() => _ = InvokeAsync(async () =>
    {
        await Task.Yield();
        if (ChromeChanged()) StateHasChanged();
    });

    /// <summary>True once per change of what the toolbar, legend and empty state show.</summary>
    private bool ChromeChanged()
    {
        var chrome = (Session.CanUndo, Session.CanRedo, _view.Topology.Vlans, _view.Topology.Elements.Count + _view.Topology.Zones.Count == 0, _arrangeable);
        if (chrome == _chrome) return false;
        _chrome = chrome;
        return true;
    }

    private (bool, bool, Domain.EquatableArray<Domain.Network.Vlan>, bool, int) _chrome;

    /// <summary>How many selected nodes align and distribute would move (the toolbar offers them from two).</summary>
    private int _arrangeable;

    private Snackbar? _addressesToast;

    /// <summary>One toast for what the last cable addressed: cabling several in a row does not pile them over the canvas.</summary>
    private void ShowAddresses(IReadOnlyList<string> given)
    {
        if (_addressesToast is { } shown) Toasts.Remove(shown);
        _addressesToast = Toasts.Add("Cabling addressed " + string.Join("; ", given) + ".");
    }

    private void OnPickChanged() => _ = InvokeAsync(StateHasChanged);

    private void OnChangedElsewhere(IReadOnlyList<ItemKey> keys) => _ = InvokeAsync(() => Session.ReloadItemsAsync(keys));

    /// <summary>Tells the page when the selected element changes; a drag re-selecting the same node changes nothing there.</summary>
    /// <summary>A toolbar arrange command; the canvas takes the focus back so its shortcuts keep working.</summary>
    private void Arrange(Action<Diagrams.Diagram> command)
    {
        command(_view.Diagram);
        _ = _canvas?.FocusAsync();
    }

    private void OnSelectionChanged()
    {
        _arrangeable = _view.Diagram.ArrangeableSelection().Count;
        RenderChromeIfChanged();
        var selected = _view.Diagram.SelectedNodes.Take(2).ToList();
        var id = selected.Count == 1 ? selected[0].Id : null;
        TraceTo(id);
        PickHopAt(id);
        if (id == _reportedSelection) return;
        _reportedSelection = id;
        // After the gesture's other changes (a move, a toolbar change), so the page's render carries them.
        _ = InvokeAsync(async () =>
        {
            await Task.Yield();
            await SelectionChanged.InvokeAsync(id);
        });
    }

    private string? _reportedSelection;

    /// <summary>Selects an element's node (from the palette's click-to-add, or a panel).</summary>
    public void Select(string? id)
    {
        if (id is null) _view.Diagram.ClearSelection();
        else if (_view.Diagram.GetNode(id) is { } node) _view.Diagram.Select([node]);
    }

    private async Task UndoAsync()
    {
        ShowRefusal(await Session.UndoAsync());
        RenderChromeIfChanged();
    }

    private async Task RedoAsync()
    {
        ShowRefusal(await Session.RedoAsync());
        RenderChromeIfChanged();
    }

    private void ShowRefusal(EditOutcome outcome)
    {
        if (outcome.Problems.Count > 0) Toasts.Add(string.Join(" ", outcome.Problems.Select(p => p.Message)), Severity.Warning);
    }

    private void ZoomToFit() => _view.Diagram.Behaviors.PanZoom.ZoomToFit(_view.Diagram);

    private async Task ToggleSnapAsync()
    {
        _snap = !_snap;
        _view.Diagram.Options = _view.Diagram.Options with { SnapToGrid = _snap };
        if (_canvas is not null) await _canvas.RefreshSettingsAsync();
    }

    private async Task LayoutAsync(bool keepMoved)
    {
        ShowRefusal(await Session.ApplyAsync(CanvasLayout.Edit(_view, keepMoved)));
        RenderChromeIfChanged();
    }

    /// <summary>Click-to-add from the palette (for keyboard users): the element lands in the middle of the view.</summary>
    public Task AddAtCentreAsync(PaletteItem item)
    {
        var diagram = _view.Diagram;
        var centre = diagram.Viewport.ScreenToWorld(new Point(diagram.CanvasSize.Width / 2, diagram.CanvasSize.Height / 2));
        return CreateAsync(item, centre);
    }

    private async Task OnDropAsync(DragEventArgs args)
    {
        if (DraggedItem is not { } item || _interop is null) return;
        var origin = await _interop.OriginAsync(_host);
        var world = _view.Diagram.Viewport.ScreenToWorld(new Point(args.ClientX - origin.X, args.ClientY - origin.Y));
        await CreateAsync(item, world);
    }

    private async Task CreateAsync(PaletteItem item, Point centre)
    {
        string? created = null;
        var outcome = await Session.ApplyAsync(t =>
        {
            var (next, id) = PaletteDrop.Apply(t, item, centre, _view);
            created = id;
            return next;
        });
        ShowRefusal(outcome);
        if (outcome.Applied) Select(created);
    }

    public async ValueTask DisposeAsync()
    {
        Session.Updated -= OnSessionUpdated;
        Session.ChangedElsewhere -= OnChangedElsewhere;
        if (Pick is not null) Pick.Changed -= OnPickChanged;
        _bridge?.Dispose();
        UnsubscribeAnswers();
        if (_interop is not null) await _interop.DisposeAsync();
        if (_player is not null) await _player.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
