using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Models;

/// <summary>One end of a link: a port, or a whole node (then the link attaches to the side facing the other end).</summary>
public sealed record LinkEnd(NodeModel Node, PortModel? Port)
{
    public static LinkEnd Of(PortModel port) => new(port.Parent, port);

    public static LinkEnd Of(NodeModel node) => new(node, null);

    /// <summary>The node drawn for this end: the node itself or the collapsed group hiding it.</summary>
    public NodeModel VisibleNode => Node.Ancestors().LastOrDefault(g => g.Collapsed) ?? Node;

    /// <summary>Where the link attaches and on which side, given the point the other end is at.</summary>
    public (Point Point, PortAlignment Side) Anchor(Point towards)
    {
        var visible = VisibleNode;
        if (Port is not null && ReferenceEquals(visible, Node))
            return (Port.Position, Port.Alignment);
        var b = visible.Bounds;
        var dx = towards.X - b.CenterX;
        var dy = towards.Y - b.CenterY;
        // Compare against the box's aspect ratio so the chosen side is the one the line would cross.
        if (Math.Abs(dx) * b.Height >= Math.Abs(dy) * b.Width)
            return dx >= 0 ? (new Point(b.Right, b.CenterY), PortAlignment.Right) : (new Point(b.Left, b.CenterY), PortAlignment.Left);
        return dy >= 0 ? (new Point(b.CenterX, b.Bottom), PortAlignment.Bottom) : (new Point(b.CenterX, b.Top), PortAlignment.Top);
    }
}
