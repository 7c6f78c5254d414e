namespace InfraDesigner.Diagrams.Geometry;

/// <summary>
/// How the world is shown on screen: screen = world * Zoom + (PanX, PanY).
/// </summary>
public sealed record Viewport(double PanX, double PanY, double Zoom)
{
    public static readonly Viewport Identity = new(0, 0, 1);

    public Point ScreenToWorld(Point screen) => new((screen.X - PanX) / Zoom, (screen.Y - PanY) / Zoom);

    public Point WorldToScreen(Point world) => new(world.X * Zoom + PanX, world.Y * Zoom + PanY);

    /// <summary>The part of the world visible on a screen of the given size.</summary>
    public Rect VisibleWorld(Size screen) =>
        new(-PanX / Zoom, -PanY / Zoom, screen.Width / Zoom, screen.Height / Zoom);

    /// <summary>Zooms to <paramref name="zoom"/> keeping the world point under <paramref name="screenAnchor"/> fixed.</summary>
    public Viewport ZoomAt(Point screenAnchor, double zoom)
    {
        var world = ScreenToWorld(screenAnchor);
        return new Viewport(screenAnchor.X - world.X * zoom, screenAnchor.Y - world.Y * zoom, zoom);
    }

    /// <summary>The viewport showing all of <paramref name="content"/> centred on a screen, with a margin in pixels.</summary>
    public static Viewport Fit(Rect content, Size screen, double margin, double minZoom, double maxZoom)
    {
        var usableWidth = Math.Max(1, screen.Width - 2 * margin);
        var usableHeight = Math.Max(1, screen.Height - 2 * margin);
        var zoom = Math.Min(usableWidth / Math.Max(1, content.Width), usableHeight / Math.Max(1, content.Height));
        zoom = Math.Clamp(zoom, minZoom, maxZoom);
        return new Viewport(
            screen.Width / 2 - content.CenterX * zoom,
            screen.Height / 2 - content.CenterY * zoom,
            zoom);
    }
}
