using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Models;

/// <summary>
/// A box on the canvas. Position, size and title change only through the <see cref="Diagram"/>
/// (which records an undoable command); derive from it to carry your own data.
/// </summary>
public class NodeModel : Model
{
    private List<PortModel> _ports = [];

    public NodeModel(string? id = null, Point? position = null, Size? size = null) : base(id)
    {
        Position = position ?? Point.Zero;
        Size = size ?? new Size(160, 64);
    }

    public Point Position { get; internal set; }

    public Size Size { get; internal set; }

    public string? Title { get; internal set; }

    /// <summary>Host data; change it through <see cref="Diagram.SetData"/> to make the change undoable.</summary>
    public object? Data { get; internal set; }

    public IReadOnlyList<PortModel> Ports => _ports;

    /// <summary>The group frame this node sits in, if any.</summary>
    public GroupModel? Group { get; internal set; }

    public bool Collapsed { get; internal set; }

    /// <summary>Drawing order among nodes of its kind (boxes or frames): higher is drawn over lower; see <see cref="Diagram.BringToFront"/>.</summary>
    public int Layer { get; internal set; }

    public bool Selected { get; internal set; }

    /// <summary>A locked node cannot be moved, resized or deleted from the canvas; set it with <see cref="Diagram.SetLocked"/>.</summary>
    public bool Locked { get; internal set; }

    /// <summary>
    /// True once a user moved the node after it was created (a drag, arrow keys); layouts may keep such
    /// positions. A node added, pasted or laid out is not placed by hand.
    /// </summary>
    public bool ManuallyPositioned { get; internal set; }

    public Rect Bounds => new(Position, Size);

    /// <summary>
    /// Whether a link may be drawn from anywhere along this node's border, not only from a port;
    /// the link then ends on the node and the host picks the port. Override to turn it off.
    /// </summary>
    public virtual bool ConnectsFromEdge => true;

    public PortModel AddPort(PortAlignment alignment, string? id = null)
    {
        var port = new PortModel(this, alignment, id);
        _ports.Add(port);
        Refresh();
        return port;
    }

    public PortModel? GetPort(PortAlignment alignment) => _ports.FirstOrDefault(p => p.Alignment == alignment);

    /// <summary>This node's group and the groups around it, innermost first.</summary>
    public IEnumerable<GroupModel> Ancestors()
    {
        for (var g = Group; g is not null; g = g.Group)
            yield return g;
    }

    /// <summary>True when a collapsed group around this node hides it.</summary>
    public bool IsHidden => Ancestors().Any(g => g.Collapsed);

    /// <summary>
    /// A copy with a new id and new port ids, outside any group and not selected. Override
    /// <see cref="OnCopied"/> to deep-copy your own data.
    /// </summary>
    internal NodeModel Copy(string newId, Func<string> newPortId)
    {
        var copy = (NodeModel)MemberwiseClone();
        copy.ClearChangedHandlers();
        copy.Id = newId;
        copy.Group = null;
        copy.Selected = false;
        copy.ManuallyPositioned = false;
        copy.ResetCopiedState();
        copy._ports = [.. _ports.Select(p => p.CopyFor(copy, newPortId()))];
        copy.OnCopied(this);
        return copy;
    }

    /// <summary>Called on a fresh copy (clipboard, duplicate); the default keeps a shared reference to <see cref="Data"/>.</summary>
    protected virtual void OnCopied(NodeModel source) { }

    private protected virtual void ResetCopiedState() { }

}
