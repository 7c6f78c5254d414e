using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Commands;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Rendering;
using InfraDesigner.Diagrams.Routing;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Diagrams;

/// <summary>
/// The diagram: nodes, groups and links, the viewport, the selection, the undo stack and the
/// behaviours. Change it through its methods: each records an undoable command and raises the
/// matching event, so a host can persist edits as they happen.
/// </summary>
public sealed partial class Diagram
{
    private readonly List<NodeModel> _nodes = [];
    private readonly List<GroupModel> _groups = [];
    private readonly List<LinkModel> _links = [];
    private readonly Dictionary<string, NodeModel> _nodesById = [];
    private readonly Dictionary<string, LinkModel> _linksById = [];

    public Diagram(DiagramOptions? options = null)
    {
        Options = options ?? new DiagramOptions();
        UndoStack = new UndoStack(this);
        Components.Register(typeof(NodeModel), typeof(Components.NodeWidget));
        Components.Register(typeof(GroupModel), typeof(Components.GroupWidget));
        Components.Register(typeof(LinkModel), typeof(Components.LinkWidget));
    }

    public DiagramOptions Options { get; set; }

    public UndoStack UndoStack { get; }

    /// <summary>The swappable interaction behaviours (selection, dragging, zoom, clipboard, keys ...).</summary>
    public DiagramBehaviors Behaviors { get; } = new();

    public ComponentRegistry Components { get; } = new();

    /// <summary>Nodes that are not groups, in the order they were added.</summary>
    public IReadOnlyList<NodeModel> Nodes => _nodes;

    public IReadOnlyList<GroupModel> Groups => _groups;

    public IReadOnlyList<LinkModel> Links => _links;

    /// <summary>Nodes and groups together.</summary>
    public IEnumerable<NodeModel> AllNodes => _groups.Concat(_nodes);

    public Viewport Viewport { get; private set; } = Viewport.Identity;

    /// <summary>Size of the canvas element on screen, in pixels (reported by the browser).</summary>
    public Size CanvasSize { get; private set; } = new(1200, 800);

    /// <summary>False until the browser reported the canvas size; <see cref="CanvasSize"/> is a guess before.</summary>
    public bool CanvasMeasured { get; private set; }

    /// <summary>Records the canvas size the browser measured; the viewport is left to the caller (<see cref="Behaviors.PanZoomBehavior.Resize"/>).</summary>
    public void SetCanvasSize(Size size)
    {
        var firstMeasure = !CanvasMeasured;
        CanvasMeasured = true;
        if (size == CanvasSize && !firstMeasure)
            return;
        CanvasSize = size;
        Changed?.Invoke();
    }

    /// <summary>
    /// Decides whether a link between two ends (ports, or whole nodes when drawn from a node's edge)
    /// may be drawn; refusals raise <see cref="LinkRefused"/>.
    /// </summary>
    public Func<LinkEnd, LinkEnd, LinkValidation>? LinkValidator { get; set; }

    /// <summary>Makes the link for two ends the user connected; defaults to a plain <see cref="LinkModel"/>.</summary>
    public Func<LinkEnd, LinkEnd, LinkModel>? LinkFactory { get; set; }

    public event Action<NodeModel>? NodeAdded;
    public event Action<NodeModel>? NodeRemoved;

    /// <summary>Nodes moved together in one edit (a drag, a layout, an undo of either).</summary>
    public event Action<IReadOnlyList<NodeMove>>? NodesMoved;

    /// <summary>A property of a node, group or link changed; the string names it ("Title", "Size", "Data", "Group" ...).</summary>
    public event Action<Model, string>? ElementChanged;

    public event Action<LinkModel>? LinkAdded;
    public event Action<LinkModel>? LinkRemoved;
    public event Action<LinkRefusal>? LinkRefused;
    public event Action? SelectionChanged;
    public event Action<Viewport>? ViewportChanged;

    /// <summary>Anything changed that may need a re-render of the canvas.</summary>
    public event Action? Changed;

    /// <summary>A right-click on a node or link (then selected), or on empty space (target null); the point is in world units.</summary>
    public event Action<Model?, Point>? ContextMenuRequested;

    /// <summary>A double-click on a node, e.g. to rename it in place.</summary>
    public event Action<NodeModel>? NodeDoubleClicked;

    internal void RequestContextMenu(Model? target, Point at) => ContextMenuRequested?.Invoke(target, at);

    internal void DoubleClick(NodeModel node) => NodeDoubleClicked?.Invoke(node);

    public NodeModel? GetNode(string id) => _nodesById.GetValueOrDefault(id);

    public LinkModel? GetLink(string id) => _linksById.GetValueOrDefault(id);

    public PortModel? GetPort(string nodeId, string portId) =>
        GetNode(nodeId)?.Ports.FirstOrDefault(p => p.Id == portId);

    /// <summary>Registers the component that draws <typeparamref name="TModel"/> (a node, group or link type, and types derived from it); it receives the model as its <c>Node</c> (links: <c>Link</c>) parameter.</summary>
    public void RegisterComponent<TModel, TComponent>()
        where TModel : Model
        where TComponent : IComponent =>
        Components.Register(typeof(TModel), typeof(TComponent));

    public void SetViewport(Viewport viewport)
    {
        var clamped = viewport with { Zoom = Math.Clamp(viewport.Zoom, Options.MinZoom, Options.MaxZoom) };
        if (clamped == Viewport)
            return;
        Viewport = clamped;
        ViewportChanged?.Invoke(clamped);
        Changed?.Invoke();
    }

    internal void RaiseChanged() => Changed?.Invoke();
}
