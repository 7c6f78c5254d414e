using InfraDesigner.Diagrams.Arrange;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams;

public sealed partial class Diagram
{
    /// <summary>Aligns the selected nodes (two or more) on an edge or their centre line, as one undo step.</summary>
    public void AlignSelection(AlignEdge edge) => ArrangeSelection(items => new Arrangement().Align(items, edge));

    /// <summary>Spreads the selected nodes (three or more) with equal gaps along an axis, as one undo step.</summary>
    public void DistributeSelection(Axis axis) => ArrangeSelection(items => new Arrangement().Distribute(items, axis));

    /// <summary>
    /// The selected nodes that arranging moves: unlocked and visible, and not inside another selected one
    /// (a frame carries what it holds). Those in a frame of fixed size stay inside it.
    /// </summary>
    public IReadOnlyList<NodeModel> ArrangeableSelection()
    {
        var selected = SelectedNodes.Where(n => !n.Locked && !n.IsHidden).ToHashSet();
        return [.. selected.Where(n => !n.Ancestors().Any(selected.Contains))];
    }

    private void ArrangeSelection(Func<IReadOnlyList<ArrangeItem>, IReadOnlyList<Point>> arrange)
    {
        if (Options.ReadOnly)
            return;
        var nodes = ArrangeableSelection();
        if (nodes.Count < 2)
            return;
        var targets = arrange([.. nodes.Select(n => new ArrangeItem(n.Bounds, AreaOf(n)))]);
        var positions = nodes.SelectMany((node, k) =>
        {
            var (dx, dy) = (targets[k].X - node.Position.X, targets[k].Y - node.Position.Y);
            var carried = node is GroupModel frame ? frame.Descendants().Prepend(node) : [node];
            return carried.Select(n => (n, n.Position.Add(dx, dy)));
        });
        SetPositions(positions);
    }

    /// <summary>Where a node must stay: inside its frame when that frame keeps its own size; anywhere when the frame grows around it.</summary>
    private static Rect? AreaOf(NodeModel node) =>
        node.Group is { AutoSize: false } frame ? frame.ContentArea(frame.Bounds) : null;
}
