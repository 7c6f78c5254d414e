using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Layout;

public sealed partial class LayeredLayout
{
    /// <summary>Where every node goes and how big every frame with children becomes.</summary>
    public sealed record NestedResult(IReadOnlyDictionary<NodeModel, Point> Positions, IReadOnlyDictionary<GroupModel, Size> FrameSizes);

    /// <summary>
    /// Lays out the whole diagram from the inside out: the children of every open frame inside it (a few
    /// to a row), the frame sized to hold them, then the frames and nodes of the level above, up to the
    /// canvas. A collapsed frame moves with its hidden contents as one box.
    /// </summary>
    public NestedResult ComputeNested(Diagram diagram)
    {
        var top = diagram.AllNodes.Where(n => n.Group is null && !n.IsHidden).ToHashSet();
        var sizes = new Dictionary<NodeModel, Size>();
        var relative = new Dictionary<NodeModel, Point>();
        var frames = new Dictionary<GroupModel, Size>();
        var links = diagram.Links;
        // Inside a frame rows sit as close as neighbours do: its children are one unit, not network tiers.
        var inside = new LayeredLayout(Options with { LayerSpacing = Options.NodeSpacing, BandSpacing = Options.NodeSpacing });

        void Measure(NodeModel node)
        {
            sizes[node] = node.Size;
            if (node is not GroupModel { Collapsed: false } group || group.Children.Count == 0)
                return;
            var children = group.Children.ToHashSet();
            foreach (var child in children)
                Measure(child);
            var perRow = Math.Max(2, (int)Math.Ceiling(Math.Sqrt(children.Count)));
            var inner = inside.Arrange(children, links, n => sizes[n], new Point(group.Padding, group.Padding + group.HeaderHeight), perRow);
            foreach (var (child, position) in inner)
                relative[child] = position;
            sizes[group] = frames[group] = new Size(
                inner.Max(p => p.Value.X + sizes[p.Key].Width) + group.Padding,
                inner.Max(p => p.Value.Y + sizes[p.Key].Height) + group.Padding);
        }

        foreach (var node in top)
            Measure(node);
        var positions = new Dictionary<NodeModel, Point>();
        if (top.Count == 0)
            return new NestedResult(positions, frames);
        var origin = Rect.UnionOf(top.Select(u => u.Bounds))!.Value.TopLeft;

        void Put(NodeModel node, Point position)
        {
            positions[node] = position;
            if (node is not GroupModel group)
                return;
            foreach (var child in group.Children)
            {
                // A hidden child keeps its place relative to its collapsed frame.
                var offset = relative.TryGetValue(child, out var r) ? r : new Point(child.Position.X - node.Position.X, child.Position.Y - node.Position.Y);
                Put(child, position.Add(offset.X, offset.Y));
            }
        }

        foreach (var (node, position) in Arrange(top, links, n => sizes[n], origin, int.MaxValue))
            Put(node, position);
        return new NestedResult(positions, frames);
    }

    /// <summary>Runs <see cref="ComputeNested"/> on the diagram as one undo step (positions, then frame sizes).</summary>
    public void ApplyNested(Diagram diagram)
    {
        var result = ComputeNested(diagram);
        using var step = diagram.UndoStack.Group("Layout");
        diagram.SetPositions(result.Positions.Select(p => (p.Key, p.Value)), byUser: false);
        foreach (var (frame, size) in result.FrameSizes)
            if (frame.Size != size)
                diagram.ResizeNode(frame, size);
    }
}
