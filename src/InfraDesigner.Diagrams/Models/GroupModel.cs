using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Models;

/// <summary>
/// A frame around nodes: a host around its VMs, a cluster around hosts, or a coloured background
/// region (a zone). A group is a node, so links may attach to it. With <see cref="AutoSize"/> it
/// wraps its children; otherwise it keeps its own position and size.
/// </summary>
public class GroupModel : NodeModel
{
    private List<NodeModel> _children = [];

    public GroupModel(string? id = null, Point? position = null, Size? size = null) : base(id, position, size ?? new Size(320, 200))
    {
    }

    public IReadOnlyList<NodeModel> Children => _children;

    /// <summary>Optional fill/border colour (any CSS colour).</summary>
    public string? Color { get; set; }

    public bool AutoSize { get; init; } = true;

    /// <summary>
    /// The smallest an auto-sized frame gets around its children (set with <see cref="Diagram.SetMinimumSize"/>,
    /// or by resizing it): a frame dropped at some size keeps it while what is dropped in fits.
    /// </summary>
    public Size MinimumSize { get; internal set; }

    /// <summary>Space between the frame and its children.</summary>
    public double Padding { get; init; } = 20;

    /// <summary>Height of the title band above the children.</summary>
    public double HeaderHeight { get; init; } = 28;

    /// <summary>Every node inside, at any depth.</summary>
    public IEnumerable<NodeModel> Descendants()
    {
        foreach (var child in _children)
        {
            yield return child;
            if (child is GroupModel inner)
                foreach (var d in inner.Descendants())
                    yield return d;
        }
    }

    internal void AddChild(NodeModel node) => _children.Add(node);

    internal void RemoveChild(NodeModel node) => _children.Remove(node);

    /// <summary>Recomputes position and size from the children when <see cref="AutoSize"/> is on. Returns true when they changed.</summary>
    internal bool FitToChildren()
    {
        if (!AutoSize || _children.Count == 0)
            return false;
        var frame = Collapsed ? new Rect(Position.X, Position.Y, Size.Width, HeaderHeight + Padding) : FrameAround(_children.Select(c => c.Bounds))!.Value;
        if (frame == Bounds)
            return false;
        Position = frame.TopLeft;
        Size = new Size(frame.Width, frame.Height);
        return true;
    }

    /// <summary>
    /// The box this frame takes around children with these bounds: they plus the padding and title band,
    /// at least <see cref="MinimumSize"/> (growing right and down); null when there are none.
    /// </summary>
    public Rect? FrameAround(IEnumerable<Rect> children) =>
        Rect.UnionOf(children) is { } r
            ? new Rect(r.Left - Padding, r.Top - Padding - HeaderHeight,
                Math.Max(r.Width + 2 * Padding, MinimumSize.Width), Math.Max(r.Height + 2 * Padding + HeaderHeight, MinimumSize.Height))
            : null;

    /// <summary>Where children go inside a frame with these bounds: within the padding, below the title band.</summary>
    public Rect ContentArea(Rect frame) =>
        new(frame.Left + Padding, frame.Top + Padding + HeaderHeight, Math.Max(0, frame.Width - 2 * Padding), Math.Max(0, frame.Height - 2 * Padding - HeaderHeight));

    private protected override void ResetCopiedState() => _children = [];
}
