using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Routing;

namespace InfraDesigner.Diagrams.Highlighting;

/// <summary>Where a segment is drawn: its link's route turned to run From → To, or a straight line between the two nodes.</summary>
public static class SegmentGeometry
{
    /// <summary>The points, or null when either node is not on the diagram.</summary>
    public static IReadOnlyList<Point>? Points(Diagram diagram, HighlightSegment segment)
    {
        if (diagram.GetNode(segment.From) is not { } from || diagram.GetNode(segment.To) is not { } to)
            return null;
        if (segment.LinkId is { } id && diagram.GetLink(id) is { } link && !ReferenceEquals(link.Source.VisibleNode, link.Target.VisibleNode))
        {
            var route = LinkGeometry.Route(diagram, link);
            return ReferenceEquals(link.Target.Node, from) ? route.Reverse().ToArray() : route;
        }
        return [VisibleCentre(from), VisibleCentre(to)];
    }

    private static Point VisibleCentre(Models.NodeModel node) =>
        (node.Ancestors().LastOrDefault(g => g.Collapsed) ?? node).Bounds.Center;
}
