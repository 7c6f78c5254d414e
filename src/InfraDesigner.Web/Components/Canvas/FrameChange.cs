using InfraDesigner.Diagrams.Layout;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// Puts an element into another zone or frame (or out of all), chosen in the properties panel: it also
/// moves there, into free space inside the frame (or just outside what it left), so what the drawing
/// shows is what the topology says.
/// </summary>
public static class FrameChange
{
    public static Func<Topology, Topology> Edit(TopologyDiagram view, string element, string? frame)
    {
        var diagram = view.Diagram;
        if (diagram.GetNode(element) is not { } node)
            return t => TopologyEdits.PlaceIn(t, element, frame);
        var target = frame is null ? null : diagram.GetNode(frame) as GroupModel ?? diagram.GetNode(ZoneFrame.IdPrefix + frame) as GroupModel;
        var placement = new FramePlacement().Place(diagram, target, node.Size, target?.Bounds.Center ?? node.Bounds.Center);
        var (dx, dy) = (placement.Position.X - node.Position.X, placement.Position.Y - node.Position.Y);
        var moved = (node is GroupModel g ? g.Descendants().Prepend(node) : [node]).OfType<IElementModel>()
            .Select(m => (m.Element.Name, X: ((NodeModel)m).Position.X + dx, Y: ((NodeModel)m).Position.Y + dy)).ToList();
        return topology =>
        {
            var room = PaletteDrop.MakeRoom(topology, placement);
            var placed = moved.Aggregate(room, (t, m) => TopologyEdits.Update<Element>(t, m.Name, e => e with { Canvas = e.Canvas with { X = m.X, Y = m.Y } }));
            return TopologyEdits.PlaceIn(placed, element, frame);
        };
    }
}
