using InfraDesigner.Diagrams.Geometry;
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
        element = element with { Canvas = element.Canvas with { X = Snap(centre.X - element.Canvas.Width / 2), Y = Snap(centre.Y - element.Canvas.Height / 2) } };
        var added = TopologyEdits.AddElement(topology, element);
        var frame = FrameAt(view, centre, element);
        return (frame is null ? added : TopologyEdits.PlaceIn(added, element.Name, frame), element.Name);
    }

    /// <summary>The innermost frame under the point that may hold the element (VMs in hosts, hosts in clusters, anything in zones).</summary>
    private static string? FrameAt(TopologyDiagram view, Point point, Element element) =>
        view.Diagram.Groups
            .Where(g => !g.IsHidden && !g.Collapsed && g.Bounds.Contains(point) && Holds(g, element))
            .OrderByDescending(g => g.Ancestors().Count())
            .Select(TopologyDiagram.FrameName)
            .FirstOrDefault();

    private static bool Holds(GroupModel group, Element element) => group switch
    {
        ZoneFrame => true,
        IElementModel { Element: PhysicalHost or Cluster } => element is VirtualMachine || (element is PhysicalHost && group is IElementModel { Element: Cluster }),
        _ => false,
    };
}
