using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>Turns a finished browser gesture into calls on the diagram's behaviours.</summary>
public class GestureHandler
{
    /// <summary>
    /// Applies the gesture. Returns false when a move or resize the browser previewed did not
    /// change the model, so the browser puts the elements back.
    /// </summary>
    public virtual bool Handle(Diagram diagram, CanvasGesture gesture)
    {
        var behaviors = diagram.Behaviors;
        if (diagram.Options.ReadOnly && gesture.Kind is "move" or "resize" or "connect")
            return false;
        switch (gesture.Kind)
        {
            case "click":
                Model? target = gesture.NodeId is { } id ? diagram.GetNode(id) : gesture.LinkId is { } linkId ? diagram.GetLink(linkId) : null;
                behaviors.Selection.Click(diagram, target, gesture.Toggle);
                break;
            case "contextmenu":
                Model? under = gesture.NodeId is { } nodeId ? diagram.GetNode(nodeId) : gesture.LinkId is { } link ? diagram.GetLink(link) : null;
                if (under is not null && !Diagram.IsSelected(under))
                    behaviors.Selection.Click(diagram, under, toggle: false);
                diagram.RequestContextMenu(under, new Point(gesture.X, gesture.Y));
                break;
            case "doubleclick" when diagram.GetNode(gesture.NodeId ?? "") is { } clicked:
                diagram.DoubleClick(clicked);
                break;
            case "move" when diagram.GetNode(gesture.NodeId ?? "") is { } grabbed:
                if (!grabbed.Selected)
                    diagram.Select([grabbed]);
                return behaviors.Drag.Drop(diagram, grabbed, gesture.Dx, gesture.Dy);
            case "viewport":
                diagram.SetViewport(new Viewport(gesture.PanX, gesture.PanY, gesture.Zoom));
                break;
            case "box":
                behaviors.Selection.BoxSelect(diagram, new Rect(gesture.X, gesture.Y, gesture.Width, gesture.Height), gesture.Toggle);
                break;
            case "connect" when SourceEnd(diagram, gesture) is { } source:
                diagram.TryConnect(source, TargetEnd(diagram, gesture, source));
                break;
            case "resize" when diagram.GetNode(gesture.NodeId ?? "") is { Locked: false } node:
                var size = SnappedSize(diagram, gesture.Width, gesture.Height);
                if (size == node.Size)
                    return false;
                diagram.ResizeNode(node, size);
                break;
            case "key" when gesture.Key is { } key:
                return behaviors.Keyboard.Handle(diagram, KeyChord.FromBrowser(key, gesture.Ctrl, meta: false, gesture.Shift, gesture.Alt));
            case "move" or "resize":
                return false;
            case "size":
                behaviors.PanZoom.Resize(diagram, new Size(gesture.Width, gesture.Height));
                break;
        }
        return true;
    }

    /// <summary>The port the drag started from, or the node when it started from the node's edge.</summary>
    private static LinkEnd? SourceEnd(Diagram diagram, CanvasGesture gesture)
    {
        if (diagram.GetNode(gesture.NodeId ?? "") is not { } node)
            return null;
        if (gesture.PortId is null)
            return LinkEnd.Of(node);
        return node.Ports.FirstOrDefault(p => p.Id == gesture.PortId) is { } port ? LinkEnd.Of(port) : null;
    }

    /// <summary>
    /// The port dropped on; else, for a link drawn from a port, the port of the dropped-on node nearest
    /// the drop point; else the dropped-on node itself.
    /// </summary>
    private static LinkEnd? TargetEnd(Diagram diagram, CanvasGesture gesture, LinkEnd source)
    {
        if (diagram.GetNode(gesture.TargetNodeId ?? "") is not { } node)
            return null;
        if (gesture.TargetPortId is { } portId && node.Ports.FirstOrDefault(p => p.Id == portId) is { } port)
            return LinkEnd.Of(port);
        var drop = new Point(gesture.X, gesture.Y);
        return source.Port is not null && node.Ports.MinBy(p => p.Position.DistanceTo(drop)) is { } nearest
            ? LinkEnd.Of(nearest)
            : LinkEnd.Of(node);
    }

    private static Size SnappedSize(Diagram diagram, double width, double height)
    {
        var grid = new GridSnapper(diagram.Options.SnapToGrid ? diagram.Options.GridSize : 0);
        var min = Math.Max(diagram.Options.GridSize, 20);
        return new Size(Math.Max(min, grid.Snap(width)), Math.Max(min, grid.Snap(height)));
    }
}
