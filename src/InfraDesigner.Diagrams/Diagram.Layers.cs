using InfraDesigner.Diagrams.Commands;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams;

public sealed partial class Diagram
{
    /// <summary>Draws the nodes over every other node of their kind (boxes over boxes, frames over frames), as one undo step.</summary>
    public void BringToFront(IEnumerable<NodeModel> nodes) => Restack(nodes, toFront: true);

    /// <summary>Draws the nodes under every other node of their kind, as one undo step.</summary>
    public void SendToBack(IEnumerable<NodeModel> nodes) => Restack(nodes, toFront: false);

    /// <summary>Sets a node's drawing order as the host's stored data says (loaded with the drawing, not an edit).</summary>
    public void SetLayer(NodeModel node, int layer)
    {
        if (node.Layer == layer)
            return;
        node.Layer = layer;
        ReportChanged(node, nameof(NodeModel.Layer));
    }

    /// <summary>The order nodes are drawn in: by layer, then in the order they were added.</summary>
    public static IEnumerable<T> InDrawingOrder<T>(IEnumerable<T> nodes) where T : NodeModel => nodes.OrderBy(n => n.Layer);

    private void Restack(IEnumerable<NodeModel> nodes, bool toFront)
    {
        if (Options.ReadOnly)
            return;
        var moving = nodes.ToList();
        var commands = moving.GroupBy(n => n is GroupModel).SelectMany(kind =>
        {
            var all = kind.Key ? Groups.Cast<NodeModel>() : Nodes;
            var chosen = InDrawingOrder(all.Where(kind.Contains)).ToList();
            var others = all.Except(chosen).Select(n => n.Layer).DefaultIfEmpty(0).ToList();
            var start = toFront ? others.Max() + 1 : others.Min() - chosen.Count;
            return chosen.Select((node, i) => (IDiagramCommand)new ChangePropertyCommand<int>(
                node, nameof(NodeModel.Layer), () => node.Layer, v => node.Layer = v, start + i));
        }).ToList();
        if (commands.Count > 0)
            Execute(new CompositeCommand(toFront ? "Bring to front" : "Send to back", commands));
    }
}
