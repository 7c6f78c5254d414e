using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>
/// Finishes a drag the browser performed: snaps the grabbed node to alignment guides or the grid,
/// moves the whole drag set as one undo step, and moves nodes dropped onto a group into it.
/// </summary>
public class DragMoveBehavior
{
    /// <summary>Whether a node may be dropped into a group (e.g. only VMs into hosts). Null allows all.</summary>
    public Func<NodeModel, GroupModel, bool>? CanDropInto { get; set; }

    /// <summary>What moves when <paramref name="grabbed"/> is dragged: the selection if it is part of it, else itself; plus everything inside moved groups; never locked nodes.</summary>
    public virtual IReadOnlyList<NodeModel> DragSet(Diagram diagram, NodeModel grabbed)
    {
        IEnumerable<NodeModel> roots = grabbed.Selected ? diagram.SelectedNodes : [grabbed];
        return [.. roots
            .SelectMany(n => n is GroupModel g ? g.Descendants().Prepend(n) : [n])
            .Distinct()
            .Where(n => !n.Locked)];
    }

    /// <summary>
    /// The offset to use for a drag of <paramref name="grabbed"/> by (dx, dy): on each axis an
    /// alignment guide wins over the grid.
    /// </summary>
    public virtual AlignmentResult Snap(Diagram diagram, NodeModel grabbed, IReadOnlyCollection<NodeModel> dragSet, double dx, double dy)
    {
        var options = diagram.Options;
        var aligned = new AlignmentResult(dx, dy, []);
        if (options.ShowAlignmentGuides && options.GuideThreshold > 0)
        {
            var moving = dragSet.ToHashSet();
            var area = Rendering.Virtualizer.RenderArea(diagram);
            var others = diagram.AllNodes
                .Where(n => !moving.Contains(n) && !n.IsHidden && !grabbed.Ancestors().Contains(n) && n.Bounds.Intersects(area))
                .Select(n => n.Bounds);
            aligned = new AlignmentGuideFinder(options.GuideThreshold).Align(grabbed.Bounds, dx, dy, others);
        }
        if (!options.SnapToGrid || options.GridSize <= 0)
            return aligned;
        var snapped = new GridSnapper(options.GridSize).Snap(grabbed.Position.Add(dx, dy));
        var verticalGuide = aligned.Guides.Any(g => g.Orientation == GuideOrientation.Vertical);
        var horizontalGuide = aligned.Guides.Any(g => g.Orientation == GuideOrientation.Horizontal);
        return aligned with
        {
            Dx = verticalGuide ? aligned.Dx : snapped.X - grabbed.Position.X,
            Dy = horizontalGuide ? aligned.Dy : snapped.Y - grabbed.Position.Y,
        };
    }

    /// <summary>Moves the drag set; false when nothing moved.</summary>
    public virtual bool Drop(Diagram diagram, NodeModel grabbed, double dx, double dy)
    {
        if (grabbed.Locked)
            return false;
        var dragSet = DragSet(diagram, grabbed);
        var offset = Snap(diagram, grabbed, dragSet, dx, dy);
        var moved = dragSet.ToHashSet();
        // Decide containment against the frames as they were before the move.
        var regroup = dragSet
            .Where(n => n.Group is null || !moved.Contains(n.Group))
            .Select(n => (Node: n, Group: GroupAt(diagram, n.Bounds.Offset(offset.Dx, offset.Dy).Center, n, moved)))
            .Where(x => !ReferenceEquals(x.Group, x.Node.Group) && (x.Group is null ? LeftFrame(x.Node, offset) : CanDropInto?.Invoke(x.Node, x.Group) ?? true))
            .ToList();
        if (offset.Dx == 0 && offset.Dy == 0 && regroup.Count == 0)
            return false;
        using var step = diagram.UndoStack.Group("Move");
        diagram.SetPositions(dragSet.Select(n => (n, n.Position.Add(offset.Dx, offset.Dy))));
        foreach (var (node, group) in regroup)
            diagram.SetGroup(node, group);
        return true;
    }

    /// <summary>The frame a node whose centre is at <paramref name="point"/> belongs in: the innermost there that may hold it.</summary>
    public GroupModel? FrameAt(Diagram diagram, Point point, NodeModel node) =>
        diagram.Groups
            .Where(g => !g.IsHidden && !g.Collapsed && g.Bounds.Contains(point) && !ReferenceEquals(g, node) && (CanDropInto?.Invoke(node, g) ?? true))
            .OrderByDescending(g => g.Ancestors().Count())
            .FirstOrDefault();

    private static bool LeftFrame(NodeModel node, AlignmentResult offset) =>
        node.Group is { } g && !g.Bounds.Contains(node.Bounds.Offset(offset.Dx, offset.Dy).Center);

    /// <summary>The innermost visible group under a point, ignoring the moving nodes themselves.</summary>
    private static GroupModel? GroupAt(Diagram diagram, Point point, NodeModel node, HashSet<NodeModel> moving) =>
        diagram.Groups
            .Where(g => !moving.Contains(g) && !g.IsHidden && !g.Collapsed && g.Bounds.Contains(point) && !ReferenceEquals(g, node))
            .OrderByDescending(g => g.Ancestors().Count())
            .FirstOrDefault();
}
