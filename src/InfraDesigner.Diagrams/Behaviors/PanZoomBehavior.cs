using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Behaviors;

/// <summary>Zoom by buttons or keys around the canvas centre, and zoom to fit.</summary>
public class PanZoomBehavior
{
    public double Step { get; set; } = 1.2;

    /// <summary>Screen pixels kept free around the content by zoom to fit.</summary>
    public double FitMargin { get; set; } = 40;

    public virtual void ZoomIn(Diagram diagram) => ZoomBy(diagram, Step);

    public virtual void ZoomOut(Diagram diagram) => ZoomBy(diagram, 1 / Step);

    public virtual void ZoomBy(Diagram diagram, double factor)
    {
        var centre = new Point(diagram.CanvasSize.Width / 2, diagram.CanvasSize.Height / 2);
        var zoom = Math.Clamp(diagram.Viewport.Zoom * factor, diagram.Options.MinZoom, diagram.Options.MaxZoom);
        diagram.SetViewport(diagram.Viewport.ZoomAt(centre, zoom));
    }

    /// <summary>Shows all of the given nodes (default: the whole diagram).</summary>
    public virtual void ZoomToFit(Diagram diagram, IEnumerable<NodeModel>? nodes = null)
    {
        var bounds = Rect.UnionOf((nodes ?? diagram.AllNodes).Where(n => !n.IsHidden).Select(n => n.Bounds));
        if (bounds is null)
            return;
        diagram.SetViewport(Viewport.Fit(bounds.Value, diagram.CanvasSize, FitMargin, diagram.Options.MinZoom, Math.Min(1.5, diagram.Options.MaxZoom)));
    }

    /// <summary>
    /// Scrolls and, when they do not fit, zooms so the given nodes are all in view (with the fit margin);
    /// nothing moves when they already are.
    /// </summary>
    public virtual void BringIntoView(Diagram diagram, IEnumerable<NodeModel> nodes)
    {
        if (Rect.UnionOf(nodes.Select(n => (n.Ancestors().LastOrDefault(g => g.Collapsed) ?? n).Bounds)) is not { } bounds)
            return;
        var viewport = diagram.Viewport;
        var margin = FitMargin / viewport.Zoom;
        var wanted = bounds.Inflate(margin);
        var visible = viewport.VisibleWorld(diagram.CanvasSize);
        if (visible.Contains(wanted))
            return;
        if (wanted.Width <= visible.Width && wanted.Height <= visible.Height)
            CenterOn(diagram, bounds.Center);
        else
            diagram.SetViewport(Viewport.Fit(bounds, diagram.CanvasSize, FitMargin, diagram.Options.MinZoom, viewport.Zoom));
    }

    /// <summary>
    /// The canvas element changed size (a side panel widened, the window resized). The world point at
    /// the centre stays at the centre; if the whole drawing was in view and no longer fits, it is fitted again.
    /// </summary>
    public virtual void Resize(Diagram diagram, Size size)
    {
        var before = diagram.CanvasSize;
        var measured = diagram.CanvasMeasured;
        diagram.SetCanvasSize(size);
        if (!measured || before == size)
            return;
        var viewport = diagram.Viewport;
        var content = Rect.UnionOf(diagram.AllNodes.Where(n => !n.IsHidden).Select(n => n.Bounds));
        if (content is { } drawing && viewport.VisibleWorld(before).Contains(drawing) && !viewport.VisibleWorld(size).Contains(drawing))
        {
            ZoomToFit(diagram);
            return;
        }
        diagram.SetViewport(viewport with
        {
            PanX = viewport.PanX + (size.Width - before.Width) / 2,
            PanY = viewport.PanY + (size.Height - before.Height) / 2,
        });
    }

    /// <summary>Centres the view on a world point, keeping the zoom (minimap clicks).</summary>
    public virtual void CenterOn(Diagram diagram, Point world)
    {
        var zoom = diagram.Viewport.Zoom;
        diagram.SetViewport(new Viewport(diagram.CanvasSize.Width / 2 - world.X * zoom, diagram.CanvasSize.Height / 2 - world.Y * zoom, zoom));
    }
}
