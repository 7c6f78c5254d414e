using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Export;
using InfraDesigner.Diagrams.Interop;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;
using InfraDesigner.Diagrams.Routing.PathGenerators;
using InfraDesigner.Diagrams.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;

namespace InfraDesigner.Diagrams.Components;

/// <summary>
/// The canvas: grid, groups behind, links in SVG, nodes in HTML, and an overlay for the selection
/// box, guides and the link being drawn. Gestures run in the browser; each finished one arrives
/// here once and goes to <see cref="Diagram.Behaviors"/>.
/// </summary>
public partial class DiagramCanvas
{
    /// <summary>Name of the cascaded render revision overlays listen to.</summary>
    public const string RevisionName = "DiagramRevision";

    private ElementReference _root;
    private int _revision;
    private bool _renderScheduled;
    private bool _unrendered;

    /// <summary>The diagram changed since the canvas last rendered; a host rendering now carries those changes.</summary>
    public bool HasUnrenderedChanges => _unrendered;
    private DiagramInterop? _interop;
    private Diagram? _subscribed;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public Diagram Diagram { get; set; } = default!;

    /// <summary>Overlays drawn over the canvas, e.g. <see cref="Minimap"/> and <see cref="ZoomControls"/>.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [Parameter]
    public string? CssClass { get; set; }

    /// <summary>Dragging empty space pans (shift-drag draws a selection box); false swaps the two.</summary>
    [Parameter]
    public bool PanOnEmptyDrag { get; set; } = true;

    private string GridStyle
    {
        get
        {
            if (Diagram.Options.GridSize <= 0)
                return "display:none";
            // Zoomed far out, draw every fifth line (and so on) rather than a grey wash; diagram.js does the same.
            var size = Diagram.Options.GridSize * Diagram.Viewport.Zoom;
            while (size < MinGridPixels)
                size *= 5;
            return $"background-size:{Format(size)}px {Format(size)}px;background-position:{Format(Diagram.Viewport.PanX)}px {Format(Diagram.Viewport.PanY)}px";
        }
    }

    private const double MinGridPixels = 8;

    private string WorldStyle =>
        $"transform:translate({Format(Diagram.Viewport.PanX)}px, {Format(Diagram.Viewport.PanY)}px) scale({Format(Diagram.Viewport.Zoom)})";

    private static string Format(double value) => SvgNumber.Format(value);

    /// <summary>
    /// Each visible link's registered component, keyed by its model, opened directly in one region:
    /// a DynamicComponent would add a component per link.
    /// </summary>
    private void RenderVisibleLinks(RenderTreeBuilder builder)
    {
        var links = Virtualizer.VisibleLinks(Diagram).ToList();
        var labels = LinkLabelPlacement.Place(links.Select(l => (l, LinkGeometry.Drawing(Diagram, l).Route)), LinkLabelPlacement.Obstacles(Diagram));
        foreach (var link in links)
        {
            var component = Diagram.Components.Resolve(link.GetType()) ?? typeof(LinkWidget);
            builder.OpenComponent(0, component);
            builder.SetKey(link);
            builder.AddComponentParameter(1, nameof(LinkWidget.Link), link);
            // Only the built-in widget is told where its label fits; a host's own link component places its own.
            if (typeof(LinkWidget).IsAssignableFrom(component))
                builder.AddComponentParameter(2, nameof(LinkWidget.LabelAt), labels.GetValueOrDefault(link));
            builder.CloseComponent();
        }
    }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_subscribed, Diagram))
            return;
        if (_subscribed is not null)
            _subscribed.Changed -= OnDiagramChanged;
        _subscribed = Diagram;
        Diagram.Changed += OnDiagramChanged;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        _interop = new DiagramInterop(JS);
        await _interop.AttachAsync(_root, new GestureReceiver(OnGesture), CanvasSettings.From(Diagram, PanOnEmptyDrag));
    }

    /// <summary>Sends changed options or shortcuts to the browser.</summary>
    public ValueTask RefreshSettingsAsync() =>
        _interop?.UpdateSettingsAsync(CanvasSettings.From(Diagram, PanOnEmptyDrag)) ?? ValueTask.CompletedTask;

    public ValueTask FocusAsync() => _interop?.FocusAsync() ?? ValueTask.CompletedTask;

    /// <summary>Downloads the diagram as a standalone SVG file.</summary>
    public ValueTask DownloadSvgAsync(string fileName, SvgExportOptions? options = null) =>
        _interop?.DownloadSvgAsync(new SvgExporter(options).Export(Diagram), fileName) ?? ValueTask.CompletedTask;

    /// <summary>Downloads the diagram as a PNG drawn in the browser from the exported SVG; answers the scale drawn (0: not attached yet).</summary>
    public ValueTask<double> DownloadPngAsync(string fileName, double scale = 2, SvgExportOptions? options = null) =>
        _interop?.DownloadPngAsync(new SvgExporter(options).Export(Diagram), fileName, scale) ?? ValueTask.FromResult(0d);

    private bool OnGesture(CanvasGesture gesture) => Diagram.Behaviors.Gestures.Handle(Diagram, gesture);

    /// <summary>
    /// A gesture or command raises many changes; render once after all of them, so the browser
    /// receives one render batch (and acknowledges it with one message). When the host page rendered
    /// the canvas in the meantime (a toolbar or inspector change of the same gesture), that render
    /// carried the changes and no second batch is sent.
    /// </summary>
    private void OnDiagramChanged()
    {
        _unrendered = true;
        if (_renderScheduled)
            return;
        _renderScheduled = true;
        _ = InvokeAsync(RenderOnceAsync);
    }

    private async Task RenderOnceAsync()
    {
        await Task.Yield();
        _renderScheduled = false;
        if (_unrendered)
            StateHasChanged();
    }

    protected override bool ShouldRender()
    {
        if (_unrendered)
        {
            _revision++;
            _unrendered = false;
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscribed is not null)
            _subscribed.Changed -= OnDiagramChanged;
        if (_interop is not null)
            await _interop.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
