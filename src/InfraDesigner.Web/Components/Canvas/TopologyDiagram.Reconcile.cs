using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

public sealed partial class TopologyDiagram
{
    /// <summary>Brings the diagram in step with <paramref name="topology"/>, given the items that changed.</summary>
    public void Apply(Topology topology, IReadOnlyList<ItemPatch> patches)
    {
        Topology = topology;
        if (patches.Count == 0) return;
        IsReconciling = true;
        try
        {
            using var _ = Diagram.UndoStack.Suspend();
            var zones = patches.Where(p => p.Key.Collection == "zones").ToList();
            var elements = patches.Where(p => p.Key.Collection == "elements").ToList();
            var links = patches.Where(p => p.Key.Collection == "links").ToList();

            foreach (var patch in links.Where(p => p.Before is not null))
                if (Diagram.GetLink(patch.Key.Key) is { } gone) Diagram.Remove(gone);
            foreach (var patch in zones.Where(p => p.After is NetworkZone))
                PutZone((NetworkZone)patch.After!);
            // Frames before what they hold, so children find their parent.
            foreach (var patch in elements.Where(p => p.After is not null).OrderBy(p => FrameOrder(((Element)p.After!).Kind)))
                PutElement((Element)patch.After!, topology);
            foreach (var patch in elements.Where(p => p.After is null))
                RemoveNode(patch.Key.Key);
            foreach (var patch in zones.Where(p => p.After is null))
                RemoveNode(ZoneFrame.IdPrefix + patch.Key.Key);
            foreach (var patch in links.Where(p => p.After is not null))
                AddLink((Link)patch.After!, topology);
        }
        finally
        {
            IsReconciling = false;
        }
    }

    private static Size SizeOf(CanvasInfo canvas) => new(canvas.Width, canvas.Height);

    private static int FrameOrder(ElementKind kind) => ElementKinds.Of(kind).Nesting;

    private void PutZone(NetworkZone zone)
    {
        if (Diagram.GetNode(ZoneFrame.IdPrefix + zone.Name) is ZoneFrame frame)
        {
            frame.Bind(zone);
            if (!frame.AutoSize)
            {
                Diagram.SetPositions([(frame, PositionOf(zone.Canvas))], byUser: false);
                var size = new Size(zone.Canvas.Width, zone.Canvas.Height);
                if (frame.Size != size) Diagram.ResizeNode(frame, size);
            }
            Diagram.SetLayer(frame, zone.Canvas.Layer);
            Diagram.Refresh(frame);
            return;
        }
        Diagram.SetLayer(Diagram.AddGroup(new ZoneFrame(zone)), zone.Canvas.Layer);
    }

    private void PutElement(Element element, Topology topology)
    {
        var parent = ParentOf(element, topology);
        if (Diagram.GetNode(element.Name) is not { } node)
        {
            node = IsFrameKind(element.Kind) ? new ElementFrame(element) : new ElementNode(element);
            AddPorts(node, element, 0);
            Diagram.AddNode(node, parent);
            Diagram.SetManuallyPositioned(node, element.Canvas.ManuallyPositioned);
            Diagram.SetLayer(node, element.Canvas.Layer);
            if (node is GroupModel added) Diagram.SetMinimumSize(added, SizeOf(element.Canvas));
            if (element.Canvas.Collapsed && node is GroupModel) Diagram.SetCollapsed(node, true);
            return;
        }
        var model = (IElementModel)node;
        var oldInterfaces = model.Element.Interfaces.Select(i => i.Name).ToList();
        var newInterfaces = element.Interfaces.Select(i => i.Name).ToList();
        if (!newInterfaces.Take(oldInterfaces.Count).SequenceEqual(oldInterfaces))
        {
            RebuildNode(node, element, topology);
            return;
        }
        // A drag already put the node where the topology now has it: nothing to draw again.
        var drawnAsIs = model.Element with { Canvas = element.Canvas } == element && model.Element.Canvas.Collapsed == element.Canvas.Collapsed;
        model.Bind(element);
        if (!drawnAsIs)
        {
            AddPorts(node, element, oldInterfaces.Count);
            ColourPorts(node, element);
        }
        var position = PositionOf(element.Canvas);
        if (node.Position != position && !(node is GroupModel { AutoSize: true, Children.Count: > 0 }))
            Diagram.SetPositions([(node, position)], byUser: false);
        // Whether the user placed it is the topology's to say: a drag stores it, a layout or an undo clears it.
        Diagram.SetManuallyPositioned(node, element.Canvas.ManuallyPositioned);
        Diagram.SetLayer(node, element.Canvas.Layer);
        var size = SizeOf(element.Canvas);
        if (node is GroupModel frame)
            Diagram.SetMinimumSize(frame, size);
        else if (node.Size != size)
            Diagram.ResizeNode(node, size);
        if (!ReferenceEquals(node.Group, parent))
            Diagram.SetGroup(node, parent);
        if (node is GroupModel && node.Collapsed != element.Canvas.Collapsed)
            Diagram.SetCollapsed(node, element.Canvas.Collapsed);
        if (!drawnAsIs) Diagram.Refresh(node);
    }

    /// <summary>Ports go away only with their node: a node whose interfaces were removed or renamed is drawn anew, keeping its children.</summary>
    private void RebuildNode(NodeModel node, Element element, Topology topology)
    {
        var children = node is GroupModel group ? group.Children.ToList() : [];
        foreach (var child in children) Diagram.SetGroup(child, null);
        Diagram.Remove([node]);
        PutElement(element, topology);
        var rebuilt = (GroupModel?)(Diagram.GetNode(element.Name) as GroupModel);
        foreach (var child in children) Diagram.SetGroup(child, rebuilt);
        foreach (var link in topology.Links.Where(l => l.A.Element == element.Name || l.B.Element == element.Name))
            AddLink(link, topology);
    }

    private void RemoveNode(string id)
    {
        if (Diagram.GetNode(id) is not { } node) return;
        if (node is GroupModel group)
            foreach (var child in group.Children.ToList()) Diagram.SetGroup(child, null);
        Diagram.Remove([node]);
    }

    private static void AddPorts(NodeModel node, Element element, int from)
    {
        var side = ElementKinds.Of(element.Kind).IsNetworkDevice ? PortAlignment.Bottom : PortAlignment.Top;
        var newPort = node.Ports.FirstOrDefault(p => p.Id == NewPortId);
        for (var i = from; i < element.Interfaces.Count; i++)
        {
            var nic = element.Interfaces[i];
            var port = node.AddPort(side, nic.Name);
            port.Title = nic.Address is { } address ? $"{nic.Name} {address}" : nic.Name;
            port.Data = nic.Name;
        }
        if (newPort is null)
            node.AddPort(PortAlignment.Right, NewPortId).Title = "Drag to cable a new interface";
        ColourPorts(node, element);
    }

    private static void ColourPorts(NodeModel node, Element element)
    {
        foreach (var nic in element.Interfaces)
        {
            if (node.Ports.FirstOrDefault(p => p.Id == nic.Name) is { } port)
                port.Color = VlanColours.VlanOf(nic) is { } vlan ? VlanColours.Of(vlan) : null;
        }
    }

    private void AddLink(Link link, Topology topology)
    {
        var id = TopologyItems.KeyOf(link).Key;
        if (Diagram.GetLink(id) is not null) return;
        if (Diagram.GetNode(link.A.Element) is not { } a || Diagram.GetNode(link.B.Element) is not { } b) return;
        var model = Diagram.AddLink(new TopologyLink(link, a, b));
        if (VlanColours.VlanOf(topology, link) is { } vlan)
        {
            Diagram.SetLinkColor(model, VlanColours.Of(vlan));
            Diagram.SetLinkLabel(model, $"VLAN {vlan}");
        }
    }
}
