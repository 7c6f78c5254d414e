using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests;

/// <summary>Small builders so tests read as the situation they set up.</summary>
internal static class TestDiagram
{
    /// <summary>A diagram without grid snapping or guides unless a test turns them on.</summary>
    public static Diagram Create(Func<DiagramOptions, DiagramOptions>? configure = null)
    {
        var options = new DiagramOptions { SnapToGrid = false, ShowAlignmentGuides = false };
        return new Diagram(configure?.Invoke(options) ?? options);
    }

    public static NodeModel Node(this Diagram diagram, string id, double x, double y, double width = 100, double height = 50, GroupModel? group = null) =>
        diagram.AddNode(new NodeModel(id, new Point(x, y), new Size(width, height)) { }, group);

    public static NodeModel WithPorts(this NodeModel node)
    {
        foreach (var alignment in Enum.GetValues<PortAlignment>())
            node.AddPort(alignment, $"{node.Id}-{alignment}");
        return node;
    }

    public static LinkModel Link(this Diagram diagram, NodeModel a, NodeModel b, string? id = null) =>
        diagram.AddLink(new LinkModel(a, b, id));
}
