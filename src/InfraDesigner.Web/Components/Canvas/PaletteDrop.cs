using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Layout;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>Creates what a palette item stands for, centred on a point of the diagram and placed in the frame under it.</summary>
public static class PaletteDrop
{
    /// <summary>The new topology and the diagram id of what was created.</summary>
    public static (Topology Topology, string Id) Apply(Topology topology, PaletteItem item, Point centre, TopologyDiagram view)
    {
        var grid = view.Diagram.Options.GridSize > 0 ? view.Diagram.Options.GridSize : 1;
        double Snap(double value) => Math.Round(value / grid) * grid;
        if (item.Kind is null)
        {
            var zone = ElementFactory.CreateZone(topology, 0, 0);
            zone = zone with { Canvas = zone.Canvas with { X = Snap(centre.X - zone.Canvas.Width / 2), Y = Snap(centre.Y - zone.Canvas.Height / 2) } };
            return (TopologyEdits.AddZone(topology, zone), ZoneFrame.IdPrefix + zone.Name);
        }
        var element = ElementFactory.Create(item, topology, 0, 0);
        var frameModel = FrameAt(view, centre, element);
        var size = new Size(element.Canvas.Width, element.Canvas.Height);
        var snapped = new Point(Snap(centre.X - size.Width / 2) + size.Width / 2, Snap(centre.Y - size.Height / 2) + size.Height / 2);
        var placement = new FramePlacement().Place(view.Diagram, frameModel, size, snapped);
        element = element with { Canvas = element.Canvas with { X = placement.Position.X, Y = placement.Position.Y } };
        var added = MakeRoom(TopologyEdits.AddElement(topology, element), placement);
        var frame = TopologyDiagram.FrameName(frameModel);
        return (frame is null ? added : TopologyEdits.PlaceIn(added, element.Name, frame), element.Name);
    }

    /// <summary>Moves what the placement pushed aside and stores the new boxes of zones that keep their own frame.</summary>
    public static Topology MakeRoom(Topology topology, FramePlacement.Result placement)
    {
        var moved = placement.Moves.Where(m => m.Key is IElementModel).Aggregate(topology, (t, m) => TopologyEdits.Update<Element>(t, ((IElementModel)m.Key).Element.Name,
            e => e with { Canvas = e.Canvas with { X = m.Value.X, Y = m.Value.Y } }));
        return placement.Frames.Where(f => f.Key is ZoneFrame { AutoSize: false }).Aggregate(moved, (t, f) => TopologyEdits.UpdateZone(t, ((ZoneFrame)f.Key).Zone.Name,
            zone => zone with { Canvas = zone.Canvas with { X = f.Value.Left, Y = f.Value.Top, Width = f.Value.Width, Height = f.Value.Height } }));
    }

    /// <summary>The innermost frame under the point that may hold the element (VMs in hosts, hosts in clusters, anything in zones).</summary>
    private static GroupModel? FrameAt(TopologyDiagram view, Point point, Element element) =>
        view.Diagram.Groups
            .Where(g => !g.IsHidden && !g.Collapsed && g.Bounds.Contains(point) && Holds(g, element))
            .OrderByDescending(g => g.Ancestors().Count())
            .FirstOrDefault();

    private static bool Holds(GroupModel group, Element element) => group switch
    {
        ZoneFrame => true,
        IElementModel { Element: PhysicalHost or Cluster } => element is VirtualMachine || (element is PhysicalHost && group is IElementModel { Element: Cluster }),
        _ => false,
    };
}
