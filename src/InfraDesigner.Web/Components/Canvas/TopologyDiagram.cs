using InfraDesigner.Diagrams;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;
using InfraDesigner.Diagrams.Routing.Routers;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// Draws a topology on a <see cref="Diagram"/> and keeps it in step: each update touches only the
/// nodes and links of the items that changed, so only their components render again. Node ids are
/// element names, port ids interface names, zone ids "zone:name", link ids the store's link keys.
/// </summary>
public sealed partial class TopologyDiagram
{
    /// <summary>The port on every element that makes a new interface when a cable is dropped on it.</summary>
    public const string NewPortId = "+";

    public TopologyDiagram(DiagramOptions? options = null)
    {
        Diagram = new Diagram(options ?? new DiagramOptions { GridSize = 20, DefaultRouter = new AvoidingOrthogonalRouter() });
        Diagram.RegisterComponent<ElementNode, ElementNodeWidget>();
        Diagram.RegisterComponent<ElementFrame, ElementFrameWidget>();
        Diagram.RegisterComponent<ZoneFrame, ZoneFrameWidget>();
        Diagram.LinkValidator = Validate;
        Diagram.Behaviors.Drag.CanDropInto = CanDropInto;
    }

    public Diagram Diagram { get; }

    public Topology Topology { get; private set; } = new() { Name = "" };

    /// <summary>True while the diagram is being brought in step with the topology; its events then are not edits.</summary>
    public bool IsReconciling { get; private set; }

    public static bool IsFrameKind(ElementKind kind) => ElementKinds.Of(kind).IsFrame;

    public void Load(Topology topology) => Apply(topology, TopologyItems.Diff(new Topology { Name = topology.Name }, topology));

    public IElementModel? ModelOf(string elementName) => Diagram.GetNode(elementName) as IElementModel;

    /// <summary>Element of a diagram node (null for zones and nodes not yet in the topology).</summary>
    public Element? ElementOf(NodeModel node) => node is IElementModel model ? Topology.FindElement(model.Element.Name) : null;

    /// <summary>The element or zone name a group stands for, as <see cref="CanvasInfo.ParentName"/> holds it.</summary>
    public static string? FrameName(GroupModel? group) => group switch
    {
        ZoneFrame zone => zone.Zone.Name,
        IElementModel element => element.Element.Name,
        _ => null,
    };

    /// <summary>The same rules whether the cable was drawn between ports or from a node's edge.</summary>
    private LinkValidation Validate(LinkEnd source, LinkEnd target)
    {
        if (ElementOf(source.Node) is not { } a || ElementOf(target.Node) is not { } b)
            return LinkValidation.Refuse("Links connect elements.");
        return LinkRules.Refusal(a, b) is { } reason ? LinkValidation.Refuse(reason) : LinkValidation.Ok;
    }

    /// <summary>VMs go into hosts, hosts into clusters, anything into zones; clusters and hosts into nothing else.</summary>
    private static bool CanDropInto(NodeModel node, GroupModel group) => (node, group) switch
    {
        (_, ZoneFrame) => node is not ZoneFrame,
        (IElementModel { Element: VirtualMachine }, IElementModel { Element: PhysicalHost or Cluster }) => true,
        (IElementModel { Element: PhysicalHost }, IElementModel { Element: Cluster }) => true,
        _ => false,
    };

    /// <summary>The frame an element is drawn in: its host, its cluster, or the zone or element its canvas names.</summary>
    private GroupModel? ParentOf(Element element, Topology topology)
    {
        var name = element switch
        {
            VirtualMachine { HostName: { } host } => host,
            PhysicalHost { ClusterName: { } cluster } => cluster,
            _ => element.Canvas.ParentName,
        };
        if (name is null) return null;
        return Diagram.GetNode(name) as GroupModel ?? (topology.FindZone(name) is not null ? Diagram.GetNode(ZoneFrame.IdPrefix + name) as GroupModel : null);
    }

    private static Point PositionOf(CanvasInfo canvas) => new(canvas.X, canvas.Y);

    /// <summary>Removes nodes and links the diagram made itself (not the topology's), without it counting as an edit.</summary>
    public void RemoveQuietly(IEnumerable<NodeModel> nodes, IEnumerable<LinkModel> links)
    {
        var present = nodes.Where(n => Diagram.GetNode(n.Id) is not null).ToList();
        var presentLinks = links.Where(l => Diagram.GetLink(l.Id) is not null).ToList();
        if (present.Count + presentLinks.Count == 0) return;
        IsReconciling = true;
        try
        {
            using var _ = Diagram.UndoStack.Suspend();
            Diagram.Remove(present, presentLinks);
        }
        finally
        {
            IsReconciling = false;
        }
    }

    /// <summary>Selects the nodes of these elements (those pasted, for example).</summary>
    public void SelectElements(IEnumerable<string> names)
    {
        var nodes = names.Select(Diagram.GetNode).OfType<NodeModel>().ToList();
        if (nodes.Count > 0) Diagram.Select(nodes);
    }
}
