using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Models;

/// <summary>One end of a link: a port, or a whole node (then the link attaches to the side facing the other end).</summary>
public sealed record LinkEnd(NodeModel Node, PortModel? Port)
{
    public static LinkEnd Of(PortModel port) => new(port.Parent, port);

    public static LinkEnd Of(NodeModel node) => new(node, null);

    /// <summary>The node drawn for this end: the node itself or the collapsed group hiding it.</summary>
    public NodeModel VisibleNode => Node.Ancestors().LastOrDefault(g => g.Collapsed) ?? Node;

    /// <summary>True when the end is on a port that is drawn (not hidden in a collapsed group).</summary>
    public bool ShowsPort => Port is not null && ReferenceEquals(VisibleNode, Node);

    /// <summary>The point the link's other end aims at: the shown port, else the middle of the drawn node.</summary>
    public Point Reference => ShowsPort ? Port!.Position : VisibleNode.Bounds.Center;

    /// <summary>Where the link attaches and on which side, given the point the other end is at.</summary>
    public (Point Point, PortAlignment Side) Anchor(Point towards)
    {
        if (ShowsPort)
            return (Port!.Position, Port.Alignment);
        var visible = VisibleNode;
        var b = visible.Bounds;
        var dx = towards.X - b.CenterX;
        var dy = towards.Y - b.CenterY;
        // Compare against the box's aspect ratio so the chosen side is the one the line would cross.
        if (Math.Abs(dx) * b.Height >= Math.Abs(dy) * b.Width)
            return dx >= 0 ? (new Point(b.Right, b.CenterY), PortAlignment.Right) : (new Point(b.Left, b.CenterY), PortAlignment.Left);
        return dy >= 0 ? (new Point(b.CenterX, b.Bottom), PortAlignment.Bottom) : (new Point(b.CenterX, b.Top), PortAlignment.Top);
    }
}
