using InfraDesigner.Diagrams.Highlighting;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>An answer as drawn: the highlight on the canvas and, per path, the stops of the packet (forward, then the reply).</summary>
public sealed record DrawnPath(DiagramHighlight Highlight, IReadOnlyList<IReadOnlyList<PacketHop>> Routes)
{
    public static DrawnPath None { get; } = new(DiagramHighlight.None, []);
}
