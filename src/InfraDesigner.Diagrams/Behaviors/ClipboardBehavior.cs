using InfraDesigner.Diagrams.Layout;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>
/// Copy, paste and duplicate within the canvas. Copies are taken at copy time, and every paste
/// gets fresh ids for nodes, ports and links, lands a little further away and becomes the selection.
/// </summary>
public class ClipboardBehavior
{
    private DiagramFragment? _clipboard;
    private int _pastes;

    public bool HasContent => _clipboard is not null;

    public virtual void Copy(Diagram diagram)
    {
        var nodes = diagram.SelectedNodes.ToList();
        if (nodes.Count == 0)
            return;
        _clipboard = DiagramFragment.Copy(nodes, diagram.Links, null, diagram.Options.NewId);
        _pastes = 0;
    }

    /// <summary>Pastes the clipboard; returns the pasted nodes.</summary>
    public virtual IReadOnlyList<NodeModel> Paste(Diagram diagram)
    {
        if (_clipboard is null)
            return [];
        _pastes++;
        return Insert(diagram, _clipboard, diagram.Options.PasteOffset * _pastes, "Paste");
    }

    /// <summary>Copies and pastes the selection in one go, leaving the clipboard alone.</summary>
    public virtual IReadOnlyList<NodeModel> Duplicate(Diagram diagram)
    {
        var nodes = diagram.SelectedNodes.ToList();
        if (nodes.Count == 0)
            return [];
        var fragment = DiagramFragment.Copy(nodes, diagram.Links, null, diagram.Options.NewId);
        return Insert(diagram, fragment, diagram.Options.PasteOffset, "Duplicate");
    }

    private static List<NodeModel> Insert(Diagram diagram, DiagramFragment source, double offset, string stepName)
    {
        // Copy again so the clipboard can be pasted many times, each with its own ids.
        var fragment = DiagramFragment.Copy(source.Nodes, source.Links, source.Parents, diagram.Options.NewId);
        using (diagram.UndoStack.Group(stepName))
        {
            foreach (var node in fragment.Nodes)
            {
                node.Position = node.Position.Add(offset, offset);
                // A box that lands inside a frame belongs to it, as one dragged there would, and takes free space there.
                var group = fragment.Parents.TryGetValue(node, out var parent) ? parent
                    : node is GroupModel ? null : diagram.Behaviors.Drag.FrameAt(diagram, node.Bounds.Center, node);
                if (parent is null && group is not null)
                    node.Position = new FramePlacement().Place(diagram, group, node.Size, node.Bounds.Center).Position;
                diagram.AddNode(node, group);
            }
            foreach (var link in fragment.Links)
                diagram.AddLink(link);
        }
        var topLevel = fragment.Nodes.Where(n => !fragment.Parents.ContainsKey(n)).ToList();
        diagram.Select(topLevel);
        return [.. fragment.Nodes];
    }
}
