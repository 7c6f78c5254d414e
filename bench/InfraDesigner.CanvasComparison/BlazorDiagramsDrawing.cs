using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Options;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.CanvasComparison;

/// <summary>
/// A topology drawn on Z.Blazor.Diagrams as the editor draws it on InfraDesigner.Diagrams: every element a node
/// at its canvas position and size with a port per interface, every cable a link between those ports, hosts
/// (and other frame kinds) a <see cref="GroupModel"/> around what they hold, zones a group around their elements.
/// Default widgets throughout; virtualization on, as its options offer for large diagrams.
/// </summary>
public static class BlazorDiagramsDrawing
{
    public const string ZonePrefix = "zone:";

    public static BlazorDiagram Draw(Topology topology)
    {
        var options = new BlazorDiagramOptions { GridSize = 20 };
        options.Virtualization.Enabled = true;
        options.Virtualization.OnNodes = true;
        options.Virtualization.OnGroups = true;
        options.Virtualization.OnLinks = true;
        var diagram = new BlazorDiagram(options);

        var nodes = new Dictionary<string, NodeModel>();
        var ports = new Dictionary<(string Element, string Interface), PortModel>();
        foreach (var element in topology.Elements.Where(e => !ElementKinds.Of(e.Kind).IsFrame))
        {
            var node = new NodeModel(element.Name, new Point(element.Canvas.X, element.Canvas.Y))
            {
                Title = element.Name,
                Size = new Size(element.Canvas.Width, element.Canvas.Height),
            };
            var side = ElementKinds.Of(element.Kind).IsNetworkDevice ? PortAlignment.Bottom : PortAlignment.Top;
            foreach (var nic in element.Interfaces)
                ports[(element.Name, nic.Name)] = node.AddPort(new PortModel($"{element.Name}/{nic.Name}", node, side));
            nodes[element.Name] = node;
        }

        diagram.Batch(() =>
        {
            diagram.Nodes.Add(nodes.Values);
            // Frames inside out (hosts before the clusters and zones around them), so each finds its children drawn.
            var frames = topology.Elements.Where(e => ElementKinds.Of(e.Kind).IsFrame).OrderByDescending(e => ElementKinds.Of(e.Kind).Nesting);
            foreach (var frame in frames)
                nodes[frame.Name] = diagram.Groups.Add(new GroupModel(ChildrenOf(frame.Name, topology, nodes)) { Title = frame.Name });
            foreach (var zone in topology.Zones)
                diagram.Groups.Add(new GroupModel(ChildrenOf(zone.Name, topology, nodes)) { Title = zone.Name });
            diagram.Links.Add(topology.Links
                .Where(l => ports.ContainsKey((l.A.Element, l.A.Interface)) && ports.ContainsKey((l.B.Element, l.B.Interface)))
                .Select(l => new LinkModel(ports[(l.A.Element, l.A.Interface)], ports[(l.B.Element, l.B.Interface)])));
        });
        return diagram;
    }

    /// <summary>The drawn elements whose frame is <paramref name="parent"/>, by the editor's rule (a VM's host first, then its canvas parent).</summary>
    private static List<NodeModel> ChildrenOf(string parent, Topology topology, Dictionary<string, NodeModel> drawn) =>
        [.. topology.Elements.Where(e => FrameOf(e) == parent && drawn.ContainsKey(e.Name)).Select(e => drawn[e.Name])];

    private static string? FrameOf(Element element) => element switch
    {
        VirtualMachine { HostName: { } host } => host,
        PhysicalHost { ClusterName: { } cluster } => cluster,
        _ => element.Canvas.ParentName,
    };
}
