using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Rendering;

/// <summary>
/// Picks what to render: everything on small diagrams; on large ones only the elements whose
/// bounds meet the viewport grown by a margin, and nothing until the browser has said how big the
/// canvas is (the first view is usually a zoom to fit, so a guessed one would be drawn for nothing).
/// Nodes hidden by a collapsed group are never rendered.
/// </summary>
public static class Virtualizer
{
    public static Rect RenderArea(Diagram diagram) =>
        diagram.Viewport.VisibleWorld(diagram.CanvasSize).Inflate(diagram.Options.VirtualizationMargin / diagram.Viewport.Zoom);

    /// <summary>True when nodes should be drawn as plain boxes (a large diagram seen from far away).</summary>
    public static bool Simplify(Diagram diagram) =>
        Virtualize(diagram) && diagram.Viewport.Zoom < diagram.Options.SimplifyBelowZoom;

    private static bool Virtualize(Diagram diagram) =>
        diagram.Nodes.Count + diagram.Groups.Count > diagram.Options.VirtualizationThreshold;

    public static IEnumerable<T> VisibleNodes<T>(Diagram diagram, IEnumerable<T> nodes) where T : NodeModel
    {
        var visible = nodes.Where(n => !n.IsHidden);
        if (!Virtualize(diagram))
            return visible;
        if (!diagram.CanvasMeasured)
            return [];
        var area = RenderArea(diagram);
        return visible.Where(n => n.Bounds.Intersects(area));
    }

    /// <summary>Links whose drawn ends span a box that meets the render area.</summary>
    public static IEnumerable<LinkModel> VisibleLinks(Diagram diagram)
    {
        var drawable = diagram.Links.Where(l => !ReferenceEquals(l.Source.VisibleNode, l.Target.VisibleNode));
        if (!Virtualize(diagram))
            return drawable;
        if (!diagram.CanvasMeasured)
            return [];
        var area = RenderArea(diagram);
        return drawable.Where(l => l.Source.VisibleNode.Bounds.Union(l.Target.VisibleNode.Bounds).Intersects(area));
    }
}
