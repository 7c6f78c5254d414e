using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Layout;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// Auto layout as one edit of the topology. It goes to the session directly rather than through the
/// canvas's move events, so laid-out elements never count as moved by the user; the diagram follows
/// the topology like after any other edit.
/// </summary>
public static class CanvasLayout
{
    /// <summary>
    /// The edit that lays out the drawing. <paramref name="keepMoved"/> leaves the elements a user dragged
    /// where they are; otherwise everything is laid out again and no element counts as dragged any more.
    /// </summary>
    public static Func<Topology, Topology> Edit(TopologyDiagram view, bool keepMoved)
    {
        var layout = new LayeredLayout(new LayeredLayoutOptions { Hint = LayoutHints.For(view), KeepManualPositions = keepMoved });
        if (keepMoved)
            return Store([.. layout.Moves(view.Diagram)], new Dictionary<GroupModel, Size>());
        var nested = layout.ComputeNested(view.Diagram);
        return Store([.. nested.Positions.Select(p => (p.Key, p.Value))], nested.FrameSizes);
    }

    /// <summary>Stores where the layout put elements, and the size of the frames it laid out.</summary>
    private static Func<Topology, Topology> Store(IReadOnlyList<(NodeModel Node, Point Position)> moves, IReadOnlyDictionary<GroupModel, Size> frames)
    {
        Size? SizeOf(NodeModel node) => node is GroupModel g && frames.TryGetValue(g, out var size) ? size : null;
        var elements = moves.Where(m => m.Node is IElementModel)
            .Select(m => (((IElementModel)m.Node).Element.Name, m.Position, Size: SizeOf(m.Node))).ToList();
        // A zone that wraps its members takes its place from them; only a zone with its own frame stores one.
        var zones = moves.Where(m => m.Node is ZoneFrame { AutoSize: false })
            .Select(m => (((ZoneFrame)m.Node).Zone.Name, m.Position, Size: SizeOf(m.Node))).ToList();
        return topology =>
        {
            var placed = elements.Aggregate(topology, (t, e) => TopologyEdits.Update<Element>(t, e.Name, element => element with
            {
                Canvas = element.Canvas with
                {
                    X = e.Position.X, Y = e.Position.Y, ManuallyPositioned = false,
                    Width = e.Size?.Width ?? element.Canvas.Width, Height = e.Size?.Height ?? element.Canvas.Height,
                },
            }));
            return zones.Aggregate(placed, (t, z) => TopologyEdits.UpdateZone(t, z.Name, zone => zone with
            {
                Canvas = zone.Canvas with
                {
                    X = z.Position.X, Y = z.Position.Y,
                    Width = z.Size?.Width ?? zone.Canvas.Width, Height = z.Size?.Height ?? zone.Canvas.Height,
                },
            }));
        };
    }
}
